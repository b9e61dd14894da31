/**
 * The basemap as one SVG sprite (served as /map.svg, prerendered): Natural Earth land and
 * borders for the region, and a finer coastline for the Red Sea. Scenes show it with
 * <use href="/map.svg#…">, so neither world-atlas nor the coastline ever ships in JavaScript
 * or in the page's hydration data, and the page and the embed share one cached file.
 */
import { geoArea, geoPath, type GeoPermissibleObjects } from 'd3';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import countries50 from 'world-atlas/countries-50m.json';
import land10 from 'world-atlas/land-10m.json';
import { makeProjection, projectBounds } from '$lib/geo/projection';
import { simplifyingProjection } from '$lib/geo/simplify';
import { REGION_VIEW, RED_SEA_VIEW } from './geometry';

/** ISO 3166 numeric ids of countries the scenes pick out. */
export const COUNTRY = { iran: '364', yemen: '887', russia: '643' } as const;

/**
 * Drop polygons wound the wrong way. land-10m holds a 4-point speck whose spherical area is the
 * whole globe; clipped to the map it becomes a rectangle that paints the sea as land.
 */
export function withoutInverted<T extends GeoJSON.Feature | GeoJSON.FeatureCollection>(f: T): T {
  const fix = (g: GeoJSON.Geometry | null): GeoJSON.Geometry | null => {
    if (!g || g.type !== 'MultiPolygon') return g;
    return { ...g, coordinates: g.coordinates.filter((poly) => geoArea({ type: 'Polygon', coordinates: poly }) < 2 * Math.PI) };
  };
  if (f.type === 'FeatureCollection') return { ...f, features: f.features.map((x) => ({ ...x, geometry: fix(x.geometry) })) };
  return { ...f, geometry: fix(f.geometry) };
}

export function buildBasemap(): string {
  const c50 = countries50 as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
  const l10 = land10 as unknown as Topology<{ land: GeometryCollection }>;

  const regional = makeProjection();
  const region = projectBounds(regional, REGION_VIEW, 400);
  regional.clipExtent([[region[0], region[1]], [region[2], region[3]]]);
  const regionPath = geoPath(simplifyingProjection(regional, 4)).digits(0);

  const detail = makeProjection();
  const red = projectBounds(detail, RED_SEA_VIEW, 250);
  detail.clipExtent([[red[0], red[1]], [red[2], red[3]]]);
  const detailPath = geoPath(simplifyingProjection(detail, 0.8)).digits(1);

  const countries = feature(c50, c50.objects.countries);
  const one = (id: string) => countries.features.find((f) => String(f.id) === id) as GeoPermissibleObjects;
  const borders = mesh(c50, c50.objects.countries, (a, b) => a !== b);

  const symbols: [string, string][] = [
    ['land-region', regionPath(withoutInverted(feature(c50, c50.objects.land))) ?? ''],
    ['borders-region', regionPath(borders) ?? ''],
    ['iran', regionPath(one(COUNTRY.iran)) ?? ''],
    ['yemen', regionPath(one(COUNTRY.yemen)) ?? ''],
    ['land-detail', detailPath(withoutInverted(feature(l10, l10.objects.land))) ?? ''],
    ['borders-detail', detailPath(borders) ?? '']
  ];
  const body = symbols
    .map(([id, d]) => `<symbol id="${id}" overflow="visible"><path d="${d}" vector-effect="non-scaling-stroke"/></symbol>`)
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg">\n<!-- Natural Earth (public domain), via world-atlas -->\n${body}\n</svg>\n`;
}

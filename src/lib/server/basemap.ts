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

/** The rectangle grown about its centre to at least `aspect` (width / height). */
export function widen(r: [number, number, number, number], aspect: number): [number, number, number, number] {
  const half = Math.max(r[2] - r[0], (r[3] - r[1]) * aspect) / 2;
  const cx = (r[0] + r[2]) / 2;
  return [cx - half, r[1], cx + half, r[3]];
}

/** The rectangle grown by `fraction` of its height above and below. */
export function heighten(r: [number, number, number, number], fraction: number): [number, number, number, number] {
  const m = (r[3] - r[1]) * fraction;
  return [r[0], r[1] - m, r[2], r[3] + m];
}

export function buildBasemap(): string {
  const c50 = countries50 as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
  const l10 = land10 as unknown as Topology<{ land: GeometryCollection }>;

  const regional = makeProjection();
  // The regional view is tall; a frame wider than it shows land beyond its sides (a phone's graphic
  // at 390×506 is 0.77:1, a desktop column near square, 1920 px about 1.3:1). Land is clipped to a
  // box 1.35× as wide as high, so it never stops at a straight edge in those frames; borders, thin
  // lines that fade out at the edge anyway, keep the padded view (half the bytes of widening them).
  // The caption over a phone's map pushes the view up past the padded box (land ended in a straight
  // line under it, seen at 390 px): the box also reaches 6% of its height above and below.
  const bounds = projectBounds(regional, REGION_VIEW, 400);
  const region = heighten(widen(bounds, 1.35), 0.06);
  regional.clipExtent([[region[0], region[1]], [region[2], region[3]]]);
  const regionPath = geoPath(simplifyingProjection(regional, 4)).digits(0);
  const bordersProjection = makeProjection().clipExtent([[bounds[0], bounds[1]], [bounds[2], bounds[3]]]);
  const bordersPath = geoPath(simplifyingProjection(bordersProjection, 4)).digits(0);

  const detail = makeProjection();
  const red = projectBounds(detail, RED_SEA_VIEW, 250);
  detail.clipExtent([[red[0], red[1]], [red[2], red[3]]]);
  const detailPath = geoPath(simplifyingProjection(detail, 0.8)).digits(1);

  const countries = feature(c50, c50.objects.countries);
  const one = (id: string) => countries.features.find((f) => String(f.id) === id) as GeoPermissibleObjects;
  const borders = mesh(c50, c50.objects.countries, (a, b) => a !== b);

  const symbols: [string, string][] = [
    ['land-region', regionPath(withoutInverted(feature(c50, c50.objects.land))) ?? ''],
    ['borders-region', bordersPath(borders) ?? ''],
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

/**
 * The basemap as one SVG sprite (served as /map.svg, prerendered): Natural Earth land and
 * borders for the region, and a finer coastline for the Red Sea. Scenes show it with
 * <use href="/map.svg#…">, so neither world-atlas nor the coastline ever ships in JavaScript
 * or in the page's hydration data, and the page and the embed share one cached file.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea, geoPath, type GeoPermissibleObjects } from 'd3';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { makeProjection, projectBounds, type Rect } from '$lib/geo/projection';
import { EARTH_RADIUS_KM } from '$lib/geo/earth';
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

import { LAND_EXTENT } from '$lib/geo/extent';

export { LAND_EXTENT };

/** The four strips of `outer` around `inner` (above, below, left, right). */
export function around(inner: Rect, outer: Rect): Rect[] {
  const [x0, y0, x1, y1] = inner;
  const [X0, Y0, X1, Y1] = outer;
  return [[X0, Y0, X1, y0], [X0, y1, X1, Y1], [X0, y0, x0, y1], [x1, y0, X1, y1]];
}

/**
 * An absolute M/L/Z path (as d3's geoPath writes it) with relative coordinates: each point as the
 * step from the last ("l3-2"), a third fewer bytes for the same shape, since neighbouring points
 * of a coastline are close. Exact: coordinates are handled in whole units of the path's last digit.
 */
export function relativePath(d: string, digits: number): string {
  const k = 10 ** digits;
  const num = (v: number) => String(v / k);
  let out = '';
  let x = 0, y = 0, sx = 0, sy = 0;
  for (const [, cmd, a, b] of d.matchAll(/([MLZ])(?:(-?[\d.]+),(-?[\d.]+))?/g)) {
    if (cmd === 'Z') {
      out += 'z';
      [x, y] = [sx, sy];
      continue;
    }
    const px = Math.round(Number(a) * k), py = Math.round(Number(b) * k);
    const dx = px - x, dy = py - y;
    // The first move is absolute, so paths can be joined end to end.
    out += out ? `${cmd === 'M' ? 'm' : 'l'}${num(dx)}${dy < 0 ? '' : ' '}${num(dy)}` : `M${num(px)} ${num(py)}`;
    [x, y] = [px, py];
    if (cmd === 'M') [sx, sy] = [px, py];
  }
  return out;
}

/** Path of `object` projected, clipped to `box`, simplified to `tolerance` units. */
function clippedPath(object: GeoPermissibleObjects, box: Rect, tolerance: number, digits: number): string {
  const projection = makeProjection().clipExtent([[box[0], box[1]], [box[2], box[3]]]);
  return relativePath(geoPath(simplifyingProjection(projection, tolerance)).digits(digits)(drawnIn(object, box)) ?? '', digits);
}

/** The projection's radius of the hemisphere facing the map's centre (azimuthal equal-area: 2R·sin 45°). */
const NEAR_HEMISPHERE = Math.SQRT2 * EARTH_RADIUS_KM;

/**
 * Where a polygon's rings (or a line) can draw: their points' projected box grown by the longest step
 * between two of them, or undefined (anywhere) if one lies beyond the near hemisphere. In that
 * hemisphere the projection's scale stays within 1/√2…√2, so the arc d3 draws between two points
 * strays from them by less than their projected distance apart.
 */
function reachOf(lines: GeoJSON.Position[][], project: (p: [number, number]) => [number, number] | null): Rect | undefined {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity, step = 0;
  for (const line of lines) {
    let px = NaN, py = NaN;
    for (const point of line) {
      const [x, y] = project(point as [number, number]) ?? [NaN, NaN];
      if (!(Math.hypot(x, y) <= NEAR_HEMISPHERE)) return undefined;
      [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
      if (!Number.isNaN(px)) step = Math.max(step, Math.hypot(x - px, y - py));
      [px, py] = [x, y];
    }
  }
  const m = 2 * step + 1;
  return [x0 - m, y0 - m, x1 + m, y1 + m];
}

/** Each part's reach (reachOf), per MultiPolygon or MultiLineString: worked out once, asked of by several boxes. */
const reaches = new WeakMap<object, (Rect | undefined)[]>();

/**
 * `object` less the polygons and lines that cannot draw inside `box`: d3 streams every point of the
 * world through the projection (rotation, sphere clip, resampling) before the box drops it, for each
 * of the sprite's pieces. A part lying wholly outside the box, and not around it, adds nothing to the
 * path: the same path, byte for byte, in about two thirds of the time. Polygons must be wound small
 * (withoutInverted): one holding the far hemisphere would enclose the box from outside its reach.
 */
function drawnIn(object: GeoPermissibleObjects, box: Rect): GeoPermissibleObjects {
  const o = object as GeoJSON.GeoJSON;
  if (o.type === 'FeatureCollection') return { ...o, features: o.features.map((f) => drawnIn(f, box) as GeoJSON.Feature) };
  if (o.type === 'Feature') return o.geometry ? { ...o, geometry: drawnIn(o.geometry, box) as GeoJSON.Geometry } : o;
  if (o.type !== 'MultiPolygon' && o.type !== 'MultiLineString') return object;
  let reach = reaches.get(o);
  if (!reach) {
    const project = makeProjection();
    reach = o.type === 'MultiPolygon' ? o.coordinates.map((poly) => reachOf(poly, project)) : o.coordinates.map((line) => reachOf([line], project));
    reaches.set(o, reach);
  }
  const meets = (i: number) => {
    const r = reach[i];
    return !r || (r[0] <= box[2] && r[2] >= box[0] && r[1] <= box[3] && r[3] >= box[1]);
  };
  return o.type === 'MultiPolygon'
    ? { type: 'MultiPolygon', coordinates: o.coordinates.filter((_, i) => meets(i)) }
    : { type: 'MultiLineString', coordinates: o.coordinates.filter((_, i) => meets(i)) };
}

/**
 * `object` in full detail inside `core`, and coarser (`farObject` simplified to `farTolerance`) out to
 * `outer`: land that only a very wide or tall frame shows is seen small, so coarse is enough. One path,
 * stroked with paint-order: stroke, so every edge a clip made (stroked like any edge) lies under the
 * fills. `overlap` (projection units) grows each piece past its neighbours: pieces that only met
 * along an edge left a hairline there (two anti-aliased edges let the coast colour under them show
 * through), a straight line across the land of every map step.
 */
function reaching(object: GeoPermissibleObjects, core: Rect, tolerance: number, digits: number, farObject: GeoPermissibleObjects, outer: Rect, farTolerance: number, overlap = 0): string {
  const grow = (r: Rect): Rect => [Math.max(outer[0], r[0] - overlap), Math.max(outer[1], r[1] - overlap), Math.min(outer[2], r[2] + overlap), Math.min(outer[3], r[3] + overlap)];
  return clippedPath(object, grow(core), tolerance, digits) + around(core, outer).map((r) => clippedPath(farObject, grow(r), farTolerance, 0)).join('');
}

/** How far land pieces reach past each other: about a pixel at the closest zoom. */
const SEAM_OVERLAP = 2;

let built: string | undefined;

/** The sprite, built once per process (the map.svg and share.png routes and the tests all use it). */
export function buildBasemap(): string {
  return (built ??= composeBasemap());
}

/**
 * A world-atlas file, read when the sprite is drawn rather than imported: bundled, its 3.8 MB became
 * a 6.3 MB module that the build transformed and both prerender workers compiled, the one that
 * never draws the map too.
 */
const worldAtlas = <T>(name: string): T => JSON.parse(readFileSync(createRequire(import.meta.url).resolve(`world-atlas/${name}.json`), 'utf8')) as T;

function composeBasemap(): string {
  const c50 = worldAtlas<Topology<{ countries: GeometryCollection; land: GeometryCollection }>>('countries-50m');
  const l10 = worldAtlas<Topology<{ land: GeometryCollection }>>('land-10m');

  // The regional view in detail out to a box 1.35× as wide as high (the frames most readers have:
  // a phone's graphic at 390×506 is 0.77:1, a desktop column near square, 1920 px about 1.3:1) and 6%
  // higher (the caption over a phone's map pushes the view up); coarser beyond, to LAND_EXTENT.
  const regional = makeProjection();
  const bounds = projectBounds(regional, REGION_VIEW, 400);
  const region = heighten(widen(bounds, 1.35), 0.06);
  const regionPath = geoPath(simplifyingProjection(regional.clipExtent([[region[0], region[1]], [region[2], region[3]]]), 4)).digits(0);

  const red = projectBounds(makeProjection(), RED_SEA_VIEW, 250);

  const countries = feature(c50, c50.objects.countries);
  const one = (id: string) => countries.features.find((f) => String(f.id) === id) as GeoPermissibleObjects;
  const borders = mesh(c50, c50.objects.countries, (a, b) => a !== b);

  const land50 = withoutInverted(feature(c50, c50.objects.land));
  const symbols: [string, string][] = [
    ['land-region', reaching(land50, region, 4, 0, land50, LAND_EXTENT.region, 20, SEAM_OVERLAP)],
    // Borders are thin lines with no seams to hide: in detail over the view, far coarser beyond it.
    ['borders-region', reaching(borders, bounds, 4, 0, borders, LAND_EXTENT.region, 40)],
    ['iran', relativePath(regionPath(one(COUNTRY.iran)) ?? '', 0)],
    ['yemen', relativePath(regionPath(one(COUNTRY.yemen)) ?? '', 0)],
    ['land-detail', reaching(withoutInverted(feature(l10, l10.objects.land)), red, 0.8, 1, land50, LAND_EXTENT.detail, 2, SEAM_OVERLAP)],
    ['borders-detail', reaching(borders, red, 0.8, 1, borders, LAND_EXTENT.detail, 2)]
  ];
  const body = symbols
    .map(([id, d]) => `<symbol id="${id}" overflow="visible"><path d="${d}" vector-effect="non-scaling-stroke"/></symbol>`)
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg">\n<!-- Natural Earth (public domain), via world-atlas -->\n${body}\n</svg>\n`;
}

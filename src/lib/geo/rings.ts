/** Range rings as true geodesic circles, and the outline of the area several rings cover. */
import { geoCircle } from 'd3';
import type { LatLon } from '$lib/data/schema';
import { distanceKm, EARTH_RADIUS_KM } from './distance';

const DEG = 180 / Math.PI;

/**
 * A closed ring of [lon, lat] points every `stepDeg` degrees of bearing, `km` from `center`.
 * 4° keeps a 300 km ring's chords within 0.2 km of the circle (under a pixel at the closest zoom)
 * with a quarter of the points of 1°: the paths ship twice in the page (markup and hydration data).
 */
export function ringCoordinates(center: LatLon, km: number, stepDeg = 4): [number, number][] {
  const polygon = geoCircle()
    .center([center[1], center[0]])
    .radius((km / EARTH_RADIUS_KM) * DEG)
    .precision(stepDeg)();
  return polygon.coordinates[0] as [number, number][];
}

/** GeoJSON polygon of a ring (for d3's geoPath). */
export function ringPolygon(center: LatLon, km: number): GeoJSON.Polygon {
  return { type: 'Polygon', coordinates: [ringCoordinates(center, km)] };
}

/**
 * The outer edge of the union of several equal rings: the parts of each ring that lie
 * outside every other ring, as line pieces. Enough for a map outline; no polygon clipping.
 */
export function unionOutline(centers: LatLon[], km: number, stepDeg = 2): GeoJSON.MultiLineString {
  const pieces: [number, number][][] = [];
  centers.forEach((c, i) => {
    let run: [number, number][] = [];
    const pts = ringCoordinates(c, km, stepDeg);
    for (const p of pts) {
      const inside = centers.some((o, j) => j !== i && distanceKm([p[1], p[0]], o) < km);
      if (inside) {
        if (run.length > 1) pieces.push(run);
        run = [];
      } else run.push(p);
    }
    if (run.length > 1) pieces.push(run);
  });
  return { type: 'MultiLineString', coordinates: pieces };
}

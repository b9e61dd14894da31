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

const RAD = Math.PI / 180;

/** Initial bearing (radians) from `c` ([lat, lon]) to `p` ([lon, lat]). */
function bearing(c: LatLon, p: [number, number]): number {
  const [f1, l1, f2, l2] = [c[0] * RAD, c[1] * RAD, p[1] * RAD, p[0] * RAD];
  return Math.atan2(Math.sin(l2 - l1) * Math.cos(f2), Math.cos(f1) * Math.sin(f2) - Math.sin(f1) * Math.cos(f2) * Math.cos(l2 - l1));
}

/** The point ([lon, lat]) `km` from `c` on bearing `theta` (radians): on the ring's true circle. */
function onRing(c: LatLon, km: number, theta: number): [number, number] {
  const d = km / EARTH_RADIUS_KM;
  const [f1, l1] = [c[0] * RAD, c[1] * RAD];
  const f2 = Math.asin(Math.sin(f1) * Math.cos(d) + Math.cos(f1) * Math.sin(d) * Math.cos(theta));
  const l2 = l1 + Math.atan2(Math.sin(theta) * Math.sin(d) * Math.cos(f1), Math.cos(d) - Math.sin(f1) * Math.sin(f2));
  return [l2 / RAD, f2 / RAD];
}

/**
 * The outer edge of the union of several equal rings: the parts of each ring that lie outside
 * every other ring, as line pieces that meet. Each piece ends exactly where its ring crosses
 * another (found by bisection), so the pieces join with no gap; no polygon clipping needed.
 */
export function unionOutline(centers: LatLon[], km: number, stepDeg = 2): GeoJSON.MultiLineString {
  const pieces: [number, number][][] = [];
  centers.forEach((c, i) => {
    const covered = (p: [number, number]) => centers.some((o, j) => j !== i && distanceKm([p[1], p[0]], o) < km);
    /**
     * Where the ring passes from `a` to `b` across another ring's edge (a and b on either side):
     * bisected along the true circle (by bearing from the centre), not the chord between the
     * samples, so the two rings' pieces end at the same point.
     */
    const crossing = (a: [number, number], b: [number, number]) => {
      const aCovered = covered(a);
      let lo = bearing(c, a);
      let hi = bearing(c, b);
      if (hi - lo > Math.PI) hi -= 2 * Math.PI;
      if (lo - hi > Math.PI) hi += 2 * Math.PI;
      // 40 halvings of a 2° arc: far under a metre.
      for (let k = 0; k < 40; k++) {
        const mid = (lo + hi) / 2;
        if (covered(onRing(c, km, mid)) === aCovered) lo = mid;
        else hi = mid;
      }
      return onRing(c, km, (lo + hi) / 2);
    };
    let run: [number, number][] = [];
    let prev: { p: [number, number]; covered: boolean } | null = null;
    for (const p of ringCoordinates(c, km, stepDeg)) {
      const inside = covered(p);
      if (prev && inside !== prev.covered) {
        const x = crossing(prev.p, p);
        if (inside) {
          run.push(x);
          if (run.length > 1) pieces.push(run);
          run = [];
        } else run = [x];
      }
      if (!inside) run.push(p);
      prev = { p, covered: inside };
    }
    if (run.length > 1) pieces.push(run);
  });
  return { type: 'MultiLineString', coordinates: pieces };
}

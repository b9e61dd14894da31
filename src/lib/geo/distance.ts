/** Great-circle maths on a spherical Earth (mean radius), the convention FACTS.md uses. */
import type { LatLon } from '$lib/data/schema';

export { EARTH_RADIUS_KM } from './earth';
import { EARTH_RADIUS_KM } from './earth';

const RADIANS = Math.PI / 180;

/**
 * Great-circle distance in km between two [lat, lon] points: the formula d3's geoDistance applies
 * (the Vincenty formula on a sphere), step for step and so to the same bits, without its geometry
 * stream and exact summation. Tracing the ring union calls it thousands of times per map.
 */
export function distanceKm(a: LatLon, b: LatLon): number {
  const phi0 = a[0] * RADIANS;
  const phi = b[0] * RADIANS;
  const sinPhi0 = Math.sin(phi0), cosPhi0 = Math.cos(phi0);
  const sinPhi = Math.sin(phi), cosPhi = Math.cos(phi);
  const delta = Math.abs(b[1] * RADIANS - a[1] * RADIANS);
  const cosDelta = Math.cos(delta), sinDelta = Math.sin(delta);
  const x = cosPhi * sinDelta;
  const y = cosPhi0 * sinPhi - sinPhi0 * cosPhi * cosDelta;
  const z = sinPhi0 * sinPhi + cosPhi0 * cosPhi * cosDelta;
  return Math.atan2(Math.sqrt(x * x + y * y), z) * EARTH_RADIUS_KM;
}

/** The angle (radians) a distance in km spans at the Earth's centre. */
export function kmToRadians(km: number): number {
  return km / EARTH_RADIUS_KM;
}

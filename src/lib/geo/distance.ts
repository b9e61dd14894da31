/** Great-circle maths on a spherical Earth (mean radius), the convention FACTS.md uses. */
import { geoDistance } from 'd3';
import type { LatLon } from '$lib/data/schema';

export { EARTH_RADIUS_KM } from './earth';
import { EARTH_RADIUS_KM } from './earth';

/** Great-circle distance in km between two [lat, lon] points. */
export function distanceKm(a: LatLon, b: LatLon): number {
  return geoDistance([a[1], a[0]], [b[1], b[0]]) * EARTH_RADIUS_KM;
}

/** The angle (radians) a distance in km spans at the Earth's centre. */
export function kmToRadians(km: number): number {
  return km / EARTH_RADIUS_KM;
}

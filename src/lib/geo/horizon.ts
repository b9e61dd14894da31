/**
 * The radar horizon in side view, with the standard 4/3-Earth model for refraction: heights in
 * metres, distances in km, measured from the ship. The line of sight from the mast top grazes
 * the sea at 4.12·√h_radar km; a target at h_target metres shows above it only inside
 * 4.12·(√h_radar + √h_target) km (figures.ts radarHorizonKm).
 */
import { EARTH_RADIUS_KM } from './earth';

/** Effective Earth radius (km) for radar propagation. */
export const EFFECTIVE_RADIUS_KM = (4 / 3) * EARTH_RADIUS_KM;

/** How far (m) the sea surface falls below the ship's horizontal plane `km` away. */
export function seaDropM(km: number): number {
  return ((km * km) / (2 * EFFECTIVE_RADIUS_KM)) * 1000;
}

/** Distance (km) at which the sight line from a mast `radarM` high grazes the sea. */
export function grazingKm(radarM: number): number {
  return Math.sqrt((2 * EFFECTIVE_RADIUS_KM * radarM) / 1000);
}

/** Height (m, in the ship's plane) of the grazing sight line `km` from the ship. */
export function sightLineM(km: number, radarM: number): number {
  return radarM - (2 * radarM * km) / grazingKm(radarM);
}

/** Can the radar see a target flying `targetM` above the sea, `km` away? */
export function visible(km: number, radarM: number, targetM: number): boolean {
  return targetM - seaDropM(km) >= sightLineM(km, radarM);
}

/** The farthest distance (km) at which the target is visible: the radar horizon, by geometry. */
export function horizonByGeometryKm(radarM: number, targetM: number): number {
  return grazingKm(radarM) + Math.sqrt((2 * EFFECTIVE_RADIUS_KM * targetM) / 1000);
}

/**
 * Figures that copy can cite with {path} placeholders: the numbers in story.yaml plus the
 * ones computed from them (calc.*), so a sentence never carries a number typed twice.
 */
import type { Story } from './edition';
import { distanceKm } from '../geo/distance';

/** Speed of sound at sea level, 15 °C (m/s): Mach 1 in FACTS.md §5. */
export const SPEED_OF_SOUND_MS = 340.3;

/** Mach number → km/h at sea level. */
export function machToKmh(mach: number): number {
  return (mach * SPEED_OF_SOUND_MS * 3600) / 1000;
}

/** Minutes to cover `km` at `kmh`. */
export function minutesToCover(km: number, kmh: number): number {
  return (km / kmh) * 60;
}

/**
 * Distance (km) at which a radar at `radarM` metres can first see a target at `targetM`
 * metres: 4.12·(√h1 + √h2), the standard 4/3-Earth radar horizon.
 */
export function radarHorizonKm(radarM: number, targetM: number): number {
  return 4.12 * (Math.sqrt(radarM) + Math.sqrt(targetM));
}

export interface Calc {
  missile_kmh: number;
  missile_minutes: number;
  drone_minutes: number;
  speed_ratio: number;
  horizon_km: number;
  warning_seconds: number;
  route_km: number;
  route_via_tehran_km: number;
  /** Notable attacks listed in events (copy can choose word forms by it). */
  event_count: number;
  launch_point_count: number;
  /** The speed of sound the times assume, m/s (SPEED_OF_SOUND_MS). */
  speed_of_sound_ms: number;
}

/** The derived figures, unrounded; rounding happens only when they are written as text. */
export function computeCalc(story: Pick<Story, 'missile' | 'drone' | 'radar' | 'places' | 'events' | 'launch_points'>): Calc {
  const kmh = machToKmh(story.missile.speed_mach);
  const horizon = radarHorizonKm(story.radar.antenna_height_m, story.radar.target_height_m);
  const place = (id: string) => story.places.find((p) => p.id === id);
  const moscow = place('moscow');
  const sanaa = place('sanaa');
  const tehran = place('tehran');
  const at = (p: { lat: number; lon: number }): [number, number] => [p.lat, p.lon];
  return {
    missile_kmh: kmh,
    missile_minutes: minutesToCover(story.missile.range_km, kmh),
    drone_minutes: minutesToCover(story.missile.range_km, story.drone.speed_kmh),
    speed_ratio: kmh / story.drone.speed_kmh,
    horizon_km: horizon,
    warning_seconds: (horizon / kmh) * 3600,
    route_km: moscow && sanaa ? distanceKm(at(moscow), at(sanaa)) : 0,
    // The Iran step's route: the talks drawn through the mediator's capital.
    route_via_tehran_km: moscow && tehran && sanaa ? distanceKm(at(moscow), at(tehran)) + distanceKm(at(tehran), at(sanaa)) : 0,
    event_count: story.events.length,
    launch_point_count: story.launch_points.length,
    speed_of_sound_ms: SPEED_OF_SOUND_MS
  };
}

/** The sections of story.yaml whose scalar values placeholders may name. */
export const FIGURE_SECTIONS = ['missile', 'attacks', 'drone', 'radar', 'traffic'] as const;

export type Figures = Record<string, string | number>;

/**
 * Flat map of every citable figure, keyed by its placeholder path ("missile.range_km"): story.yaml's
 * numbers and dates (a YYYY-MM value is a month), the edition's names (missile.name …) and the computed figures. A string value
 * holding placeholders (calc.attack_count_text, "more than {attacks_count}") is a message, rendered
 * where it is cited.
 */
export function collectFigures(story: Story): Figures {
  const out: Figures = {};
  for (const section of FIGURE_SECTIONS) {
    for (const [key, value] of Object.entries(story[section])) {
      if (typeof value === 'number' || typeof value === 'string') out[`${section}_${key}`] = value;
    }
  }
  for (const [key, value] of Object.entries(computeCalc(story))) out[`calc_${key}`] = value;
  out['calc_attack_count_text'] = story.attacks.count_text;
  // The count's start to the month ("2023-11", written "November 2023"): the source gives the
  // month, so copy that attributes the period to it should not name the day.
  out['calc_attacks_since_month'] = story.attacks.since.slice(0, 7);
  // The month of the latest attack listed (the timeline's end), so a sentence about the span follows
  // the events as editors add them; the count's start when there are none.
  out['calc_events_until_month'] = (story.events.map((e) => e.date).sort().at(-1) ?? story.attacks.since).slice(0, 7);
  return out;
}

export { formatNumber, formatFigure } from '../text/format';

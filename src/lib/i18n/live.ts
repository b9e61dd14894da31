/**
 * What the graphics write as they move (a clock, a distance still to go, a scale bar): numbers in
 * the edition's digits and the locale file's unit templates, both handed over by the build. No Intl.
 */
import type { LiveWords } from '$lib/types';
import { fill, formatIn, keepSlots } from './numbers';

export const num = (live: LiveWords, n: number): string => formatIn(live.numbers, n);

/** "300 km", "٣٠٠ كم": a unit template of the locale file with its number, never broken between them. */
export const unit = (live: LiveWords, key: 'km' | 'm' | 'min' | 'km_to_go', n: number): string => fill(keepSlots(live.units[key]), { n: num(live, n) });

/** "7.3 min" below an hour, "1 h 37 min" above. */
export function clockLabel(live: LiveWords, minutes: number): string {
  if (minutes < 60) return unit(live, 'min', minutes);
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes - h * 60);
  const [hh, mm] = m === 60 ? [h + 1, 0] : [h, m];
  return fill(keepSlots(live.units.hours_minutes), { h: num(live, hh), m: num(live, mm) });
}

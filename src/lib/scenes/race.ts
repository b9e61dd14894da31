/** The race over missile.range_km: positions and clock as pure functions of scroll progress. */
import type { LiveWords } from '$lib/types';
import { clockLabel } from '$lib/i18n/live';
import { inlineX, startEdge, type Dir } from './direction';

export interface Racer {
  /** Minutes to cover the whole distance. */
  minutes: number;
}

/** Elapsed minutes at `progress`: the clock runs until the slowest racer arrives. */
export function elapsedMinutes(progress: number, racers: Racer[]): number {
  const end = Math.max(...racers.map((r) => r.minutes));
  return Math.min(1, Math.max(0, progress)) * end;
}

/** Share (0..1) of the distance a racer has covered after `minutes`. */
export function covered(minutes: number, racer: Racer): number {
  return racer.minutes > 0 ? Math.min(1, Math.max(0, minutes / racer.minutes)) : 1;
}

/**
 * Every shape the clock's label takes while it runs from 0 to `end` minutes: its labels with each
 * digit written as the edition's zero ("٠٠ دقائق", "دقيقة واحدة", "0 h 00 min"). Digits are
 * tabular, so these are as wide as any label; the clock reserves the widest (laid over each other
 * out of sight) so that its words can change width, Arabic's 1 and 2 losing their digit, without
 * moving it or what follows. The words and digits are the edition's: see clockLabel.
 */
export function clockShapes(live: LiveWords, end: number): string[] {
  const zero = live.numbers.digits[0];
  const digit = new RegExp(`[${live.numbers.digits}]`, 'g');
  // What the clock can write: tenths below 10 minutes, whole minutes from 10, and its last reading.
  const times = [...Array.from({ length: 100 }, (_, k) => k / 10), ...Array.from({ length: Math.max(0, Math.floor(end) - 9) }, (_, i) => 10 + i), end];
  return [...new Set(times.filter((t) => t <= end).map((t) => clockLabel(live, t).replace(digit, zero)))];
}

/**
 * Where a racer stands on its rail: `x` from the rail's left edge as a share of its width, and the
 * edge its covered stretch grows from. The race starts at the reading direction's start (the right in RTL).
 */
export function railPosition(share: number, dir: Dir): { x: number; origin: 'left' | 'right' } {
  return { x: inlineX(Math.min(1, Math.max(0, share)), dir), origin: startEdge(dir) };
}

/** The race over missile.range_km: positions and clock as pure functions of scroll progress. */
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

// The clock's words and digits are the edition's: see clockLabel in $lib/i18n/live.

/**
 * Where a racer stands on its rail: `x` from the rail's left edge as a share of its width, and the
 * edge its covered stretch grows from. The race starts at the reading direction's start (the right in RTL).
 */
export function railPosition(share: number, dir: Dir): { x: number; origin: 'left' | 'right' } {
  return { x: inlineX(Math.min(1, Math.max(0, share)), dir), origin: startEdge(dir) };
}

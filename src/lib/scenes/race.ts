/** The race over missile.range_km: positions and clock as pure functions of scroll progress. */

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

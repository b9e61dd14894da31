/** A time axis for dated events: positions, month ticks and which events have happened. */

const DAY = 86_400_000;
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Whole days from `a` to `b` (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((ms(b) - ms(a)) / DAY);
}

/** The axis: from `start` to the first day of the month after `last` (so the last event has room). */
export function axisEnd(last: string): string {
  const d = new Date(ms(last));
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
}

/** Position of `iso` on an axis from `start` to `end`, 0..1 (clamped). */
export function timeFraction(iso: string, start: string, end: string): number {
  const span = ms(end) - ms(start);
  return span > 0 ? Math.min(1, Math.max(0, (ms(iso) - ms(start)) / span)) : 0;
}

/** First days of months strictly after `start` up to `end`, every `every` months from January. */
export function monthTicks(start: string, end: string, every = 1): string[] {
  const s = new Date(ms(start));
  const out: string[] = [];
  for (let m = s.getUTCMonth() + 1; ; m++) {
    const d = new Date(Date.UTC(s.getUTCFullYear(), m, 1));
    if (d.getTime() > ms(end)) break;
    if (d.getUTCMonth() % every === 0) out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

// Labels for dates and ticks are written at build time in the edition's language (i18n/intl.ts).

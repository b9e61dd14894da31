/** A time axis for dated events: positions, month ticks and which events have happened. */
import { anchorAt, inlineX, type Dir } from './direction';

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

/**
 * The axis on screen, `left` to `right` px: x of a time fraction (earliest at the reading start, so at
 * the right end in RTL), the swept span from the start to `now` as a rectangle, and the side of its dot
 * an event's label goes: toward the axis's middle, so labels near either end stay inside.
 */
export function timeAxis(left: number, right: number, dir: Dir) {
  const x = (f: number) => left + inlineX(f, dir) * (right - left);
  return {
    x,
    swept(now: number): { x: number; width: number } {
      const a = x(0);
      const b = x(Math.min(1, Math.max(0, now)));
      return { x: Math.min(a, b), width: Math.abs(b - a) };
    },
    label(f: number, gap: number): { dx: number; anchor: 'start' | 'middle' | 'end' } {
      const toRight = inlineX(f, dir) < 0.55;
      return { dx: toRight ? gap : -gap, anchor: anchorAt(toRight ? 'left' : 'right', dir) };
    }
  };
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

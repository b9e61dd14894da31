/**
 * The client formats numbers and dates without Intl (its first use costs a slow phone ~250 ms while
 * the page hydrates). These tests hold the hand-written formats to Intl's en-US / en-GB output.
 */
import { describe, expect, it } from 'vitest';
import { formatNumber } from '$lib/text/format';
import { dayLabel, tickLabel } from '$lib/scenes/timeline';

const big = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const small = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
// One deliberate difference: a value that rounds to zero prints "0", where Intl writes "-0".
const intl = (n: number) => (Math.abs(n) >= 10 ? big.format(Math.round(n)) : small.format(n)).replace(/^-0$/, '0');

describe('formatNumber matches Intl en-US', () => {
  const fixed = [0, -0, 0.04, -0.04, 0.05, 0.25, 0.95, 0.96, 1, 2, 7.25, 7.35, 7.45, 9.94, 9.95, 9.99, 10, 10.5, 11.5, -12.5, 97.4, 300, 999.5, 1000, 1234.5, 2450.4, 12345, 999999.5, 1234567, -9876543.21];
  it.each(fixed)('%d', (n) => expect(formatNumber(n)).toBe(intl(n)));

  it('agrees on 5,000 seeded values across the ranges the story uses', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 5000; i++) {
      const scale = [1, 10, 100, 1e4, 1e7][i % 5];
      const n = (rand() - 0.2) * scale;
      const rounded = i % 3 === 0 ? Math.round(n * 100) / 100 : n;
      expect(formatNumber(rounded), String(rounded)).toBe(intl(rounded));
    }
  });

  it('leaves non-finite numbers readable', () => {
    expect(formatNumber(Number.NaN)).toBe('NaN');
    expect(formatNumber(Infinity)).toBe('Infinity');
  });
});

describe('date labels match Intl en-GB', () => {
  const days = Array.from({ length: 24 }, (_, i) => new Date(Date.UTC(2023, 10 + i, 1 + ((i * 7) % 28))).toISOString().slice(0, 10));
  it.each(days)('%s', (iso) => {
    const d = new Date(`${iso}T00:00:00Z`);
    expect(dayLabel(iso)).toBe(d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }));
    const month = d.toLocaleDateString('en-GB', { month: 'short', timeZone: 'UTC' });
    expect(tickLabel(iso, false)).toBe(d.getUTCMonth() === 0 ? `${month} ${d.getUTCFullYear()}` : month);
    expect(tickLabel(iso, true)).toBe(`${month} ${d.getUTCFullYear()}`);
  });
});

/**
 * English number formatting shared by copy and graphics (no other dependencies: ships to the client).
 * Written out rather than Intl.NumberFormat: Intl's first use on a page loads locale data, ~60 ms of
 * main thread on a desktop and ~250 ms on a slow phone during hydration, for one pattern. A unit test
 * holds the output equal to Intl's en-US format.
 */
const withCommas = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * Thousands separators; whole numbers from 10 up, one decimal below:
 * 2450.4 → "2,450", 7.35 → "7.4", 2 → "2".
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21) return String(n);
  if (Math.abs(n) >= 10) {
    const r = Math.round(n);
    return (r < 0 ? '-' : '') + withCommas(String(Math.abs(r)));
  }
  // Like Intl: round the decimal the number prints as, ties away from zero (7.35 → 7.4). For |n| < 10,
  // |n|·10 lands exactly on .5 for every such tie. A result of zero prints "0", never Intl's "-0".
  const r = Math.round(Math.abs(n) * 10) / 10;
  return (n < 0 && r !== 0 ? '-' : '') + String(r);
}

export function formatFigure(value: string | number): string {
  return typeof value === 'number' ? formatNumber(value) : value;
}

/** English number formatting shared by copy and graphics (no other dependencies: ships to the client). */
const big = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const small = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/**
 * Thousands separators; whole numbers from 10 up, one decimal below:
 * 2450.4 → "2,450", 7.35 → "7.3" (Intl rounds half-even-free, to the nearest), 2 → "2".
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return Math.abs(n) >= 10 ? big.format(Math.round(n)) : small.format(n);
}

export function formatFigure(value: string | number): string {
  return typeof value === 'number' ? formatNumber(value) : value;
}

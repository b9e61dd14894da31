/**
 * Scroll-driven animation as pure functions of progress (0..1): the same progress always gives
 * the same frame, so scrolling back up plays every animation in reverse, exactly.
 */
import type { Rect } from '$lib/geo/projection';

export const clamp01 = (n: number): number => (n > 0 ? (n < 1 ? n : 1) : 0);

/** Progress within the window [from, to] of the step's progress, 0 before and 1 after it. */
export function phase(progress: number, from: number, to: number): number {
  return to > from ? clamp01((progress - from) / (to - from)) : progress >= to ? 1 : 0;
}

/** Cubic ease-in-out. */
export function ease(t: number): number {
  const k = clamp01(t);
  return k < 0.5 ? 4 * k * k * k : 1 - Math.pow(-2 * k + 2, 3) / 2;
}

export const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;

/**
 * Zoom between two view rectangles: the centre moves linearly while the size changes
 * geometrically, so a 6× zoom feels even instead of rushing at the end.
 */
export function zoomRect(a: Rect, b: Rect, t: number): Rect {
  const k = clamp01(t);
  const cx = lerp((a[0] + a[2]) / 2, (b[0] + b[2]) / 2, k);
  const cy = lerp((a[1] + a[3]) / 2, (b[1] + b[3]) / 2, k);
  const w = (a[2] - a[0]) * Math.pow((b[2] - b[0]) / (a[2] - a[0]), k);
  const h = (a[3] - a[1]) * Math.pow((b[3] - b[1]) / (a[3] - a[1]), k);
  return [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
}

import { anchorAt, type Dir } from './direction';

/** Where a map label sits relative to its dot, in screen pixels (scaled to map units by `px`). */
export type Side = 'right' | 'left' | 'above' | 'below';

export interface LabelBox {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * Label position for a dot at (x, y), `size` px type, on `side`; `px` map units per pixel. The side is
 * geographic (maps do not mirror); the anchor is the label's edge nearest the dot, in the text's `dir`.
 */
export function placeLabel(x: number, y: number, side: Side, px: number, size: number, dir: Dir = 'ltr'): LabelBox {
  const gap = 6 * px;
  const mid = 0.35 * size * px; // baseline offset that centres lowercase-height text on the dot
  switch (side) {
    case 'left': return { x: x - gap, y: y + mid, anchor: anchorAt('right', dir) };
    case 'above': return { x, y: y - gap, anchor: 'middle' };
    case 'below': return { x, y: y + gap + 0.8 * size * px, anchor: 'middle' };
    default: return { x: x + gap, y: y + mid, anchor: anchorAt('left', dir) };
  }
}

/** Split a label into two lines at the space nearest its middle (for narrow screens). */
export function splitLabel(text: string): string[] {
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index!);
  if (!spaces.length) return [text];
  const mid = text.length / 2;
  const at = spaces.reduce((best, i) => (Math.abs(i - mid) < Math.abs(best - mid) ? i : best));
  return [text.slice(0, at), text.slice(at + 1)];
}

/** A round scale-bar length (km) whose bar is between ~60 and ~150 px wide. */
export function scaleBarKm(pxPerKm: number): number {
  const options = [10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000];
  return options.find((km) => km * pxPerKm >= 60) ?? options[options.length - 1];
}

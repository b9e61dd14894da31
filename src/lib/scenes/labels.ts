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
 * `dotR`: the dot's outer radius (px); the label starts 3 px beyond it, clear of the dot with its halo
 * (Arabic letters have almost no side bearing: at a fixed 6 px they touched the events map's 6.5 px rings).
 */
export function placeLabel(x: number, y: number, side: Side, px: number, size: number, dir: Dir = 'ltr', dotR = 3): LabelBox {
  const gap = (dotR + 3) * px;
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

/**
 * A generous estimate of a label's width in px, without laying it out: enough to choose a side or a
 * line break before drawing (measuring text in a component forces a layout during hydration).
 * Per character, in em: space, digits and marks, capitals, Arabic letters, other letters.
 */
export function estimateWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (/[\u064b-\u065f\u0670\u200b-\u200f\u2066-\u2069]/.test(ch)) continue; // combining marks, bidi controls
    em += /\s/.test(ch) ? 0.3 : /[0-9\u0660-\u0669.,:;\u060c\u066b\u066c]/.test(ch) ? 0.58 : /[A-Z]/.test(ch) ? 0.68 : /[\u0600-\u06ff]/.test(ch) ? 0.52 : 0.56;
  }
  return em * size * (bold ? 1.1 : 1);
}

/** A box [x0, y0, x1, y1] in map units. */
export type Box = [number, number, number, number];

/**
 * The box of a label placed at `l` (placeLabel), `width` px wide, in `rows` lines 1.15 em apart: from
 * 0.95 em above the first baseline to 0.4 em below the last. `l.anchor` follows the text's direction
 * (see anchorAt). Estimated, no layout: for keeping labels apart while the view moves.
 */
export function textBox(l: LabelBox, width: number, px: number, size: number, dir: Dir = 'ltr', rows = 1): Box {
  const w = width * px;
  const left = l.anchor === 'middle' ? l.x - w / 2 : l.anchor === anchorAt('left', dir) ? l.x : l.x - w;
  return [left, l.y - 0.95 * size * px, left + w, l.y + (0.4 + 1.15 * (rows - 1)) * size * px];
}

/** The box of a one-line label `text` placed at `l`, from its estimated width. */
export const labelBox = (l: LabelBox, text: string, px: number, size: number, dir: Dir = 'ltr'): Box =>
  textBox(l, estimateWidth(text, size), px, size, dir);

export const boxesMeet = (a: Box, b: Box): boolean => !(a[2] <= b[0] || b[2] <= a[0] || a[3] <= b[1] || b[3] <= a[1]);

const OPPOSITE: Record<Side, Side> = { left: 'right', right: 'left', above: 'below', below: 'above' };

/**
 * Where a label at (x, y) keeps off every box in `others`: its own `side`, else above, below or across
 * its dot; null when none does (the label is then left out; its dot stays).
 */
export function clearSide(x: number, y: number, text: string, side: Side, others: Box[], px: number, size: number, dir: Dir = 'ltr'): Side | null {
  for (const s of sidesFrom(side)) {
    const box = labelBox(placeLabel(x, y, s, px, size, dir), text, px, size, dir);
    if (!others.some((o) => boxesMeet(box, o))) return s;
  }
  return null;
}

/** Whether box `a` lies inside box `b`. */
export const boxInside = (a: Box, b: Box): boolean => a[0] >= b[0] && a[1] >= b[1] && a[2] <= b[2] && a[3] <= b[3];

/**
 * Labels placed one after another, in the order given (the most important first): each takes its
 * first candidate that stays `within` the frame and meets neither `obstacles` (marks, a reference
 * name) nor a label placed before it. A candidate is one box or several that must all be clear (a
 * name and the leader line to its mark). `own[i]`: the index in `obstacles` of label i's own mark,
 * which it may touch (a name above its ring reaches into the ring's box by its descenders' room).
 * Returns each label's candidate index, or null: a label that fits nowhere is left out, its mark stays.
 */
export function placeGreedy(labels: Box[][][], obstacles: Box[] = [], within?: Box, own: (number | undefined)[] = []): (number | null)[] {
  const taken = [...obstacles];
  return labels.map((candidates, n) => {
    const clear = (b: Box) => taken.every((t, k) => k === own[n] || !boxesMeet(b, t));
    const i = candidates.findIndex((boxes) => boxes.every((b) => (!within || boxInside(b, within)) && clear(b)));
    if (i < 0) return null;
    taken.push(...candidates[i]);
    return i;
  });
}

/** The sides a map label tries, its own first (as clearSide). */
export const sidesFrom = (side: Side): Side[] => [...new Set<Side>([side, 'above', 'below', OPPOSITE[side]])];

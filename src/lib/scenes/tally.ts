import type { Dir } from './direction';

/**
 * The attack tally's geometry: a grid of squares, filled row by row in reading order, each square
 * standing for `marksUnit` attacks (one, until a count would need more squares than stay legible).
 * Drawn as one SVG path per kind of mark (the story's count, another tracker's extra) rather than
 * one element per mark: with 190 marks, restyling that many boxes at a step change was a long task
 * on a slow phone.
 */
export interface Tally {
  cols: number;
  rows: number;
  /** Side of a square and the gap between squares, px. */
  cell: number;
  gap: number;
  width: number;
  height: number;
}

/** Most squares a tally draws: past it one square stands for several attacks (marksUnit). */
export const MAX_MARKS = 200;

/**
 * Attacks per square: the smallest of 1, 2, 5, 10, 20, 25, 50, 100, 200, 250… that draws `total`
 * attacks in at most MAX_MARKS squares. Round numbers, so the key's "each square = 10 attacks" can
 * be counted with.
 */
export function marksUnit(total: number): number {
  if (!Number.isFinite(total) || total < 0) throw new Error(`marksUnit: expected a count of 0 or more, got ${total}`);
  for (let p = 1; ; p *= 10)
    for (const m of p >= 10 ? [1, 2, 2.5, 5] : [1, 2, 5]) if (Math.ceil(total / (m * p)) <= MAX_MARKS) return m * p;
}

/**
 * Lay out `total` squares of side `cell` in rows as wide as fits `maxWidth` (at least one column),
 * or in `cols` columns when given (and they fit).
 */
export function tallyLayout(total: number, maxWidth: number, cell: number, gap: number, cols?: number): Tally {
  const fit = Math.max(1, Math.floor((maxWidth + gap) / (cell + gap)));
  const c = cols ? Math.max(1, Math.min(cols, fit)) : fit;
  const rows = Math.ceil(total / c);
  const used = Math.min(c, Math.max(total, 1));
  return { cols: c, rows, cell, gap, width: used * cell + (used - 1) * gap, height: Math.max(0, rows * cell + (rows - 1) * gap) };
}

/** Space between squares, as a share of a square's side. */
const GAP = 0.25;
/** Share of its box's height a tally of few squares still reaches (the frame stays composed). */
const MIN_FILL = 0.4;

/**
 * The tally for `marks` squares (a fraction counts as a whole square) filling a box `width` ×
 * `height` px: the largest squares (whole pixels) any number of columns allows, so the grid takes
 * the box's shape, be it a phone's strip or a desktop's near-square. Capped so a count like
 * Reuters' 40 stays a count, not a wall (48 px), and a larger count's marks stay marks (40 px),
 * unless so few squares would leave most of the box empty: then they grow until the grid is
 * MIN_FILL of the box's height. Never under 12 px (8 px past 80 marks), even in a box too small.
 */
export function tallyFor(marks: number, width: number, height: number): Tally {
  const total = Math.ceil(marks);
  const n = Math.max(1, total);
  let best = 0;
  let bestCols = 1;
  for (let cols = 1; cols <= n; cols++) {
    const rows = Math.ceil(n / cols);
    const cell = Math.min(width / (cols + (cols - 1) * GAP), height / (rows + (rows - 1) * GAP));
    if (cell > best) [best, bestCols] = [cell, cols];
  }
  const [min, max] = total <= 80 ? [12, 48] : [8, 40];
  // The columns that give the box's shape, also when the caps make the squares smaller (a wide box
  // keeps a grid as tall as it can); as many as fit when the squares are at their smallest.
  const at = (cell: number) => tallyLayout(total, width, cell, Math.max(2, Math.round(cell * GAP)), cell > min ? bestCols : undefined);
  let t = at(Math.max(min, Math.min(max, Math.floor(best))));
  // Whole-pixel gaps can round the grid past the box: a pixel smaller until it fits.
  while (t.cell > min && (t.height > height || t.width > width)) t = at(t.cell - 1);
  // Few squares in a tall box: larger, as long as the grid still fits.
  while (total > 0 && t.height < MIN_FILL * height && t.cell < best) {
    const next = at(t.cell + 1);
    if (next.height > height || next.width > width) break;
    t = next;
  }
  return t;
}

/** A tally placed in its box: the top-left corner of the grid, px (centred across the box's height, at the reading start across its width). */
export interface Placed extends Tally {
  x: number;
  y: number;
}

export function placeTally(t: Tally, boxWidth: number, boxHeight: number, dir: Dir = 'ltr'): Placed {
  return { ...t, x: dir === 'rtl' ? Math.max(0, boxWidth - t.width) : 0, y: Math.max(0, (boxHeight - t.height) / 2) };
}

/**
 * Path of the marks from `from` to `to`, in squares (fractions allowed: 4.3 is four squares and
 * three tenths of the fifth, a partial square as wide as its share), each inset by `inset` px so a
 * stroke of twice that width stays inside its square's box. Rows fill in reading order: from the
 * right in RTL, and so does a partial square. With a second placed tally `b` and `k` in 0..1 (or
 * a function of the square's index, see staggered), each square is drawn `k` of the way from its
 * place in `a` to its place in `b` (the grid re-laid out for more marks, as the scroll advances).
 */
export function marksPath(a: Placed, from: number, to: number, inset = 0, dir: Dir = 'ltr', b: Placed = a, k: number | ((i: number) => number) = 0): string {
  let d = '';
  const end = Math.ceil(to - 1e-9);
  for (let i = Math.max(0, Math.floor(from)); i < end; i++) {
    const s0 = Math.max(from, i) - i;
    const s1 = Math.min(to, i + 1) - i;
    if (s1 - s0 <= 1e-9) continue;
    const [ax, ay] = corner(a, i, dir);
    const [bx, by] = corner(b, i, dir);
    const f = typeof k === 'number' ? k : k(i);
    const x0 = ax + (bx - ax) * f;
    const y = ay + (by - ay) * f + inset;
    const cell = a.cell + (b.cell - a.cell) * f;
    // The covered share of the square along the reading direction, at least a pixel wide.
    const side = cell - 2 * inset;
    const w = Math.max(1, (s1 - s0) * cell - (s0 > 0 ? 0 : inset) - (s1 < 1 ? 0 : inset));
    const startOff = s0 > 0 ? s0 * cell : inset;
    const x = dir === 'rtl' ? x0 + cell - startOff - w : x0 + startOff;
    d += `M${round(x)} ${round(y)}h${round(w)}v${round(side)}h${round(-w)}z`;
  }
  return d;
}

/**
 * Square `i` of `n`'s share of a move that is `k` of the way done: the squares set off one after
 * another in reading order (the last when `spread` of the move is done), each easing in and out,
 * so the grid flows into its new layout instead of every square crossing the others at once.
 */
export function staggered(k: number, i: number, n: number, spread = 0.6): number {
  const t = Math.min(1, Math.max(0, (k - (spread * i) / Math.max(1, n - 1)) / (1 - spread)));
  return t * t * (3 - 2 * t);
}

/** Top-left corner of square `i` of a placed tally. */
function corner(t: Placed, i: number, dir: Dir): [number, number] {
  const fromStart = (i % t.cols) * (t.cell + t.gap);
  return [t.x + (dir === 'rtl' ? t.width - t.cell - fromStart : fromStart), t.y + Math.floor(i / t.cols) * (t.cell + t.gap)];
}

const round = (v: number) => Math.round(v * 100) / 100;

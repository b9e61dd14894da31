import type { Dir } from './direction';

/**
 * The attack tally's geometry: a grid of squares, one per attack, filled row by row. Drawn as
 * one SVG path per kind of mark (filled, empty, another tracker's extra) rather than one element
 * per mark: with 190 marks, restyling that many boxes at a step change was a long task on a slow phone.
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

/** Lay out `total` squares of side `cell` in rows as wide as fits `maxWidth` (at least one column). */
export function tallyLayout(total: number, maxWidth: number, cell: number, gap: number): Tally {
  const cols = Math.max(1, Math.floor((maxWidth + gap) / (cell + gap)));
  const rows = Math.ceil(total / cols);
  const used = Math.min(cols, Math.max(total, 1));
  return { cols, rows, cell, gap, width: used * cell + (used - 1) * gap, height: Math.max(0, rows * cell + (rows - 1) * gap) };
}

/** Space between squares, as a share of a square's side. */
const GAP = 0.25;

/**
 * The tally for `total` marks filling a box `width` × `height` px: the largest squares (whole
 * pixels) any number of columns allows, so the grid takes the box's shape, be it a phone's strip or
 * a desktop's near-square. Capped so a count like Reuters' 40 stays a count, not a wall (48 px), and
 * a larger count's marks stay marks (40 px); never under 12 px (8 px past 80 marks), even in a box
 * too small for them.
 */
export function tallyFor(total: number, width: number, height: number): Tally {
  const n = Math.max(1, total);
  let best = 0;
  for (let cols = 1; cols <= n; cols++) {
    const rows = Math.ceil(n / cols);
    best = Math.max(best, Math.min(width / (cols + (cols - 1) * GAP), height / (rows + (rows - 1) * GAP)));
  }
  const [min, max] = total <= 80 ? [12, 48] : [8, 40];
  const at = (cell: number) => tallyLayout(total, width, cell, Math.max(2, Math.round(cell * GAP)));
  let t = at(Math.max(min, Math.min(max, Math.floor(best))));
  // Whole-pixel gaps can round the grid past the box: a pixel smaller until it fits.
  while (t.cell > min && (t.height > height || t.width > width)) t = at(t.cell - 1);
  return t;
}

/**
 * Path of squares `from` (inclusive) to `to` (exclusive), each inset by `inset` px so a stroke of
 * twice that width stays inside its square's box. Rows fill in reading order: from the right in RTL.
 */
export function squaresPath(t: Tally, from: number, to: number, inset = 0, dir: Dir = 'ltr'): string {
  const side = t.cell - 2 * inset;
  let d = '';
  for (let i = Math.max(0, from); i < to; i++) {
    const fromStart = (i % t.cols) * (t.cell + t.gap);
    const x = (dir === 'rtl' ? t.width - t.cell - fromStart : fromStart) + inset;
    const y = Math.floor(i / t.cols) * (t.cell + t.gap) + inset;
    d += `M${round(x)} ${round(y)}h${round(side)}v${round(side)}h${round(-side)}z`;
  }
  return d;
}

const round = (v: number) => Math.round(v * 100) / 100;

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

/**
 * The tally for `total` marks in a box `width` px wide: 24 px squares for a count like Reuters' 40;
 * past 80 marks (another tracker's count), smaller squares so the grid still fits a phone's graphic.
 */
export function tallyFor(total: number, width: number): Tally {
  if (total <= 80) return tallyLayout(total, Math.min(width, 512), 24, 6);
  return tallyLayout(total, Math.min(width, 704), width >= 600 ? 18 : 13, 4);
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

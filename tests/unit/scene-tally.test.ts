import { describe, expect, it } from 'vitest';
import { squaresPath, tallyFor, tallyLayout } from '$lib/scenes/tally';

/** The squares of a path as [x, y, side], read back from its M…h…v…h…z commands. */
const squares = (d: string) =>
  [...d.matchAll(/M([\d.]+) ([\d.]+)h([\d.]+)v([\d.]+)h(-[\d.]+)z/g)].map((m) => {
    expect(Number(m[3])).toBe(Number(m[4]));
    expect(Number(m[5])).toBe(-Number(m[3]));
    return [Number(m[1]), Number(m[2]), Number(m[3])];
  });

describe('attack tally', () => {
  it('fits as many columns as the width allows and enough rows for every mark', () => {
    // 358 px, 24 px squares, 6 px gaps: 12 columns (12·24 + 11·6 = 354 px).
    const t = tallyLayout(40, 358, 24, 6);
    expect(t.cols).toBe(12);
    expect(t.rows).toBe(4);
    expect(t.width).toBe(354);
    expect(t.height).toBe(4 * 24 + 3 * 6);
    expect(tallyLayout(190, 358, 13, 4).cols).toBe(21);
    expect(tallyLayout(190, 358, 13, 4).rows).toBe(10);
  });

  it('is never narrower than one column, nor wider than its marks', () => {
    expect(tallyLayout(5, 10, 24, 6).cols).toBe(1);
    expect(tallyLayout(3, 358, 24, 6).width).toBe(3 * 24 + 2 * 6);
  });

  it('draws one square per mark in reading order, the story count then the compared extra', () => {
    const t = tallyLayout(190, 358, 13, 4);
    const own = squares(squaresPath(t, 0, 40, 0.75));
    const extra = squares(squaresPath(t, 40, 190, 0.5));
    expect(own).toHaveLength(40);
    expect(extra).toHaveLength(150);
    // Mark 40 continues the 21-column grid: row 1, column 19.
    expect(extra[0]).toEqual([19 * 17 + 0.5, 17 + 0.5, 12]);
    // Inset keeps a stroke of twice the inset inside the square's box.
    expect(own[0]).toEqual([0.75, 0.75, 11.5]);
    const all = [...own, ...extra];
    expect(Math.max(...all.map(([x, , s]) => x + s))).toBeLessThanOrEqual(t.width);
    expect(Math.max(...all.map(([, y, s]) => y + s))).toBeLessThanOrEqual(t.height);
  });

  it('fills the box it is given: the largest squares a number of columns allows, within the caps', () => {
    // A phone's box (358 × 290) and 190 marks: 17 px squares (18 px with their gaps rounded overflows).
    const phone = tallyFor(190, 358, 290);
    expect(phone.cell).toBe(17);
    expect(phone.width).toBeLessThanOrEqual(358);
    expect(phone.height).toBeLessThanOrEqual(290);
    // A desktop's near-square box: squares twice a phone's, the grid about as tall as the box.
    const desktop = tallyFor(190, 640, 560);
    expect(desktop.cell).toBeGreaterThanOrEqual(32);
    expect(desktop.height).toBeLessThanOrEqual(560);
    // A large frame's box: the 40 px cap.
    expect(tallyFor(190, 1300, 800).cell).toBe(40);
    expect(desktop.width).toBeLessThanOrEqual(640);
    expect(desktop.height).toBeGreaterThan(560 * 0.75);
    // A short, wide box (a wide embed): more columns, fewer rows.
    const wide = tallyFor(190, 1000, 200);
    expect(wide.cols).toBeGreaterThan(wide.rows * 2);
    expect(wide.height).toBeLessThanOrEqual(200);
  });

  it('keeps 40 marks a count (48 px at most) and never draws squares too small to see', () => {
    expect(tallyFor(40, 1200, 900).cell).toBe(48);
    expect(tallyFor(40, 358, 240).cell).toBeGreaterThanOrEqual(24);
    expect(tallyFor(190, 100, 50).cell).toBe(8);
    expect(tallyFor(40, 100, 50).cell).toBe(12);
  });

  it('draws nothing for an empty range', () => {
    const t = tallyLayout(40, 358, 24, 6);
    expect(squaresPath(t, 10, 10)).toBe('');
    expect(squaresPath(t, 40, 40)).toBe('');
  });
});

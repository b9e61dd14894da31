import { describe, expect, it } from 'vitest';
import { marksPath, marksUnit, MAX_MARKS, placeTally, staggered, tallyFor, tallyLayout, type Placed } from '$lib/scenes/tally';

/** The boxes of a path as [x, y, width, height], read back from its M…h…v…h…z commands. */
const boxes = (d: string) =>
  [...d.matchAll(/M([\d.]+) ([\d.]+)h([\d.]+)v([\d.]+)h(-[\d.]+)z/g)].map((m) => {
    expect(Number(m[5])).toBe(-Number(m[3]));
    return [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
  });
/** Whole squares as [x, y, side]. */
const squares = (d: string) =>
  boxes(d).map(([x, y, w, h]) => {
    expect(w).toBe(h);
    return [x, y, w];
  });
/** A tally at the box's top-left corner (as the old one-grid SVG drew it). */
const at0 = (t: ReturnType<typeof tallyLayout>): Placed => ({ ...t, x: 0, y: 0 });

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
    const own = squares(marksPath(at0(t), 0, 40, 0.75));
    const extra = squares(marksPath(at0(t), 40, 190, 0.5));
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
    expect(tallyFor(40, 900, 760).cell).toBe(48);
    // …unless 48 px squares would leave most of the box empty: then just large enough to reach 40% of it.
    const tall = tallyFor(40, 1200, 1000);
    expect(tall.height).toBeGreaterThanOrEqual(400);
    expect(tallyFor(40, 1200, 1000).cell).toBeLessThan(60);
    expect(tallyFor(40, 358, 240).cell).toBeGreaterThanOrEqual(24);
    expect(tallyFor(190, 100, 50).cell).toBe(8);
    expect(tallyFor(40, 100, 50).cell).toBe(12);
  });

  it('draws nothing for an empty range', () => {
    const t = tallyLayout(40, 358, 24, 6);
    expect(marksPath(at0(t), 10, 10)).toBe('');
    expect(marksPath(at0(t), 40, 40)).toBe('');
  });

  it('lets a square stand for a round number of attacks once a count needs more than MAX_MARKS squares', () => {
    const cases: [number, number][] = [[0, 1], [1, 1], [2, 1], [3, 1], [11, 1], [40, 1], [140, 1], [190, 1], [200, 1], [201, 2], [400, 2], [401, 5], [1000, 5], [2000, 10], [2001, 20], [5000, 25], [5001, 50], [10000, 50]];
    for (const [total, unit] of cases) expect(marksUnit(total), `${total} attacks`).toBe(unit);
    // Any count: within MAX_MARKS squares, and the next smaller round unit would not be.
    const units = [1, 2, 5, 10, 20, 25, 50, 100];
    const wrong: string[] = [];
    for (let total = 0; total <= 10000; total++) {
      const unit = marksUnit(total);
      const smaller = units[units.indexOf(unit) - 1];
      if (!units.includes(unit) || Math.ceil(total / unit) > MAX_MARKS || (smaller && Math.ceil(total / smaller) <= MAX_MARKS)) wrong.push(`${total}: ${unit}`);
    }
    expect(wrong).toEqual([]);
    expect(() => marksUnit(-1)).toThrow(/count of 0 or more, got -1/);
  });

  it('draws a share of a square as a part of it as wide as the share, in reading order', () => {
    const t = at0(tallyLayout(19, 400, 20, 5));
    const own = boxes(marksPath(t, 0, 4.3, 0.5));
    expect(own).toHaveLength(5);
    expect(own.slice(0, 4).every(([, , w, h]) => w === 19 && h === 19)).toBe(true);
    // The fifth square's first three tenths: from its start, 0.3 of 20 px less the inset.
    expect(own[4]).toEqual([4 * 25 + 0.5, 0.5, 5.5, 19]);
    // The compared extra picks up where the count stops, inside the same square.
    const extra = boxes(marksPath(t, 4.3, 19, 0.5));
    expect(extra).toHaveLength(15);
    expect(extra[0]).toEqual([4 * 25 + 6, 0.5, 13.5, 19]);
    // Right to left: the share sits at the square's right edge, where reading starts.
    const rtl = boxes(marksPath(t, 0, 4.3, 0.5, 'rtl'));
    const fifth = t.width - 5 * 20 - 4 * 5;
    expect(rtl[4]).toEqual([fifth + 14, 0.5, 5.5, 19]);
    expect(rtl[0][0] + rtl[0][2]).toBe(t.width - 0.5);
    // A sliver stays a pixel wide, never vanishes.
    expect(boxes(marksPath(t, 0, 0.001))[0][2]).toBe(1);
  });

  it('moves each square from its place in one layout to its place in the next', () => {
    const a = placeTally(tallyFor(40, 358, 500), 358, 500);
    const b = placeTally(tallyFor(190, 358, 500), 358, 500);
    expect(marksPath(a, 0, 40, 0.75, 'ltr', b, 0)).toBe(marksPath(a, 0, 40, 0.75));
    expect(marksPath(a, 0, 40, 0.75, 'ltr', b, 1)).toBe(marksPath(b, 0, 40, 0.75));
    const [first, mid, last] = [0, 0.5, 1].map((k) => squares(marksPath(a, 0, 40, 0.75, 'ltr', b, k))[39]);
    expect(mid[0]).toBeCloseTo((first[0] + last[0]) / 2, 1);
    expect(mid[2]).toBeCloseTo((first[2] + last[2]) / 2, 1);
  });

  it('sets the squares off one after another in reading order, all at rest at either end of the move', () => {
    for (const n of [1, 2, 40, 200]) {
      for (let i = 0; i < n; i++) {
        expect(staggered(0, i, n)).toBe(0);
        expect(staggered(1, i, n)).toBe(1);
      }
      for (const k of [0.1, 0.3, 0.5, 0.7, 0.9]) {
        const at = Array.from({ length: n }, (_, i) => staggered(k, i, n));
        // Earlier squares are never behind later ones, and each moves forward with k.
        at.forEach((f, i) => i && expect(f).toBeLessThanOrEqual(at[i - 1]));
        at.forEach((f, i) => expect(staggered(k + 0.05, i, n)).toBeGreaterThanOrEqual(f));
      }
    }
    // Half-way, the first square has arrived while the last has yet to leave.
    expect(staggered(0.45, 0, 40)).toBe(1);
    expect(staggered(0.45, 39, 40)).toBe(0);
  });

  // Boxes the tally gets: the server's (and an inline graphic's), a phone's, a laptop's, a large desktop's, a wide embed's.
  const BOXES: [number, number][] = [[358, 240], [358, 520], [560, 500], [900, 760], [1000, 200]];

  it('fills its box at every count, alone or re-laid out for a compared count: the grid fits and reaches 40% of its height', () => {
    const wrong: string[] = [];
    for (const compare of [0, 190, 5000])
      for (let count = 0; count <= 2000; count++) {
        const unit = marksUnit(Math.max(count, compare));
        for (const marks of new Set([count / unit, Math.max(count, compare) / unit])) {
          if (marks === 0) continue;
          for (const [w, h] of BOXES) {
            const t = tallyFor(marks, w, h);
            if (t.cols * t.rows < Math.ceil(marks) || t.width > w || t.height > h || t.height < 0.4 * h || t.cell < 8)
              wrong.push(`${count} (of ${compare}): ${marks} squares in ${w}×${h} → ${t.cols}×${t.rows} of ${t.cell} px, ${t.width}×${t.height}`);
          }
        }
      }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('places the grid across the middle of its box, at the reading start', () => {
    const t = tallyFor(40, 358, 500);
    const ltr = placeTally(t, 358, 500);
    const rtl = placeTally(t, 358, 500, 'rtl');
    expect(ltr.y).toBe((500 - t.height) / 2);
    expect(ltr.x).toBe(0);
    expect(rtl.x).toBe(358 - t.width);
  });
});

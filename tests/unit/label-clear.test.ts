/** Keeping a map label off other labels without layout: estimated boxes, a side that is clear, or none. */
import { describe, expect, it } from 'vitest';
import { boxesMeet, clearSide, labelBox, placeLabel } from '$lib/scenes/labels';

describe('labelBox', () => {
  it('extends a label away from its dot on either side, in both directions of text', () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const right = labelBox(placeLabel(100, 100, 'right', 1, 13, dir), 'Hodeidah', 1, 13, dir);
      const left = labelBox(placeLabel(100, 100, 'left', 1, 13, dir), 'Hodeidah', 1, 13, dir);
      expect(right[0]).toBeGreaterThan(100);
      expect(left[2]).toBeLessThan(100);
      expect(right[2] - right[0]).toBeCloseTo(left[2] - left[0]);
      const above = labelBox(placeLabel(100, 100, 'above', 1, 13, dir), 'Hodeidah', 1, 13, dir);
      expect(above[3]).toBeLessThan(100);
      expect((above[0] + above[2]) / 2).toBeCloseTo(100);
    }
  });
});

describe('clearSide', () => {
  const other = labelBox(placeLabel(130, 100, 'right', 1, 13), 'Tutor', 1, 13);
  it('keeps the first side that meets nothing', () => {
    expect(clearSide(100, 100, 'Hodeidah', 'right', [], 1, 13)).toBe('right');
    // A name to the right of a neighbour 30 px east would sit on it: the next side is taken.
    expect(boxesMeet(labelBox(placeLabel(100, 100, 'right', 1, 13), 'Hodeidah', 1, 13), other)).toBe(true);
    expect(clearSide(100, 100, 'Hodeidah', 'right', [other], 1, 13)).toBe('above');
  });
  it('gives null when every side meets something (the label is left out)', () => {
    const around = (['right', 'left', 'above', 'below'] as const).map((s) => labelBox(placeLabel(100, 100, s, 1, 13), 'Hodeidah', 1, 13));
    expect(clearSide(100, 100, 'Hodeidah', 'right', around, 1, 13)).toBeNull();
  });
});

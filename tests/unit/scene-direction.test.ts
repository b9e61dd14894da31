/** Time and progress run in reading order: right to left in an RTL edition; maps keep their geography. */
import { describe, expect, it } from 'vitest';
import { anchorAt, inlineX } from '$lib/scenes/direction';
import { railPosition } from '$lib/scenes/race';
import { axisEnd, timeAxis, timeFraction } from '$lib/scenes/timeline';
import { marksPath, tallyLayout, type Tally } from '$lib/scenes/tally';
import { placeLabel } from '$lib/scenes/labels';

/** Left x of each square in a tally path, in drawing order. */
/** A tally drawn from the top-left corner of its box. */
const squaresPath = (t: Tally, from: number, to: number, inset: number, dir: 'ltr' | 'rtl') => marksPath({ ...t, x: 0, y: 0 }, from, to, inset, dir);
const xs = (d: string) => [...d.matchAll(/M([\d.]+) ([\d.]+)h/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('reading direction', () => {
  it('puts the start of the reading direction on the left in LTR and on the right in RTL', () => {
    expect([inlineX(0, 'ltr'), inlineX(1, 'ltr')]).toEqual([0, 1]);
    expect([inlineX(0, 'rtl'), inlineX(1, 'rtl'), inlineX(0.25, 'rtl')]).toEqual([1, 0, 0.75]);
  });
  it('anchors a label by its physical edge whatever the text direction', () => {
    expect(anchorAt('left', 'ltr')).toBe('start');
    expect(anchorAt('left', 'rtl')).toBe('end');
    expect(anchorAt('right', 'rtl')).toBe('start');
    expect(anchorAt('middle', 'rtl')).toBe('middle');
  });
});

describe('the race in RTL', () => {
  it('starts at the right and runs left, its covered stretch growing from the right', () => {
    expect(railPosition(0, 'rtl')).toEqual({ x: 1, origin: 'right' });
    expect(railPosition(1, 'rtl').x).toBe(0);
    expect(railPosition(0.3, 'rtl').x).toBeCloseTo(0.7, 9);
    expect(railPosition(0, 'ltr')).toEqual({ x: 0, origin: 'left' });
    expect(railPosition(1.4, 'ltr').x).toBe(1);
  });
});

describe('the events timeline in RTL', () => {
  const since = '2023-11-19';
  const end = axisEnd('2024-08-21');
  const dates = ['2023-11-19', '2024-02-18', '2024-03-06', '2024-06-12', '2024-08-21'];
  it('puts the earliest date at its right end and later dates leftward', () => {
    const axis = timeAxis(12, 378, 'rtl');
    const x = dates.map((d) => axis.x(timeFraction(d, since, end)));
    expect(x[0]).toBe(378);
    expect([...x].sort((a, b) => b - a)).toEqual(x);
    expect(timeAxis(12, 378, 'ltr').x(0)).toBe(12);
  });
  it('tints the swept span from the right end toward the left', () => {
    expect(timeAxis(12, 378, 'rtl').swept(0.25)).toEqual({ x: 378 - 0.25 * 366, width: 0.25 * 366 });
    expect(timeAxis(12, 378, 'ltr').swept(0.25)).toEqual({ x: 12, width: 0.25 * 366 });
    expect(timeAxis(12, 378, 'rtl').swept(0).width).toBe(0);
  });
  it('writes an early event\'s label toward the middle: leftward of its dot in RTL', () => {
    const rtl = timeAxis(12, 378, 'rtl');
    // The earliest event sits at the right end: its label runs left, its right edge next to the dot.
    expect(rtl.label(0, 10)).toEqual({ dx: -10, anchor: 'start' });
    expect(rtl.label(1, 10)).toEqual({ dx: 10, anchor: 'end' });
    expect(timeAxis(12, 378, 'ltr').label(0, 10)).toEqual({ dx: 10, anchor: 'start' });
  });
});

describe('the tally in RTL', () => {
  it('fills each row from the right, mirroring the LTR grid', () => {
    const t = tallyLayout(40, 358, 24, 6);
    const rtl = xs(squaresPath(t, 0, 40, 0, 'rtl'));
    const ltr = xs(squaresPath(t, 0, 40, 0, 'ltr'));
    expect(rtl[0]).toEqual([t.width - 24, 0]);
    expect(rtl[11]).toEqual([0, 0]);
    expect(rtl[12]).toEqual([t.width - 24, 30]);
    rtl.forEach(([x, y], i) => expect([x, y]).toEqual([t.width - 24 - ltr[i][0], ltr[i][1]]));
  });
  it('keeps an inset square inside its box', () => {
    const t = tallyLayout(3, 358, 24, 6);
    expect(xs(squaresPath(t, 0, 3, 0.75, 'rtl')).map(([x]) => x)).toEqual([t.width - 24 + 0.75, 30.75, 0.75]);
  });
});

describe('map labels in RTL', () => {
  it('stay on the same geographic side, anchored by the edge next to the dot', () => {
    expect(placeLabel(100, 100, 'right', 2, 13, 'rtl')).toMatchObject({ x: 112, anchor: 'end' });
    expect(placeLabel(100, 100, 'left', 2, 13, 'rtl')).toMatchObject({ x: 88, anchor: 'start' });
    expect(placeLabel(100, 100, 'above', 2, 13, 'rtl')).toMatchObject({ x: 100, anchor: 'middle' });
  });
});

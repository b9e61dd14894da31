/** A step's address on the story page, and when the page has settled enough to land on it. */
import { describe, expect, it } from 'vitest';
import { settleWatch, stepAnchor, stepOfHash } from '$lib/scroll/step-anchor';

const IDS = ['report', 'range', 'speed'];

describe('stepOfHash', () => {
  it('reads back the step of its own anchor, and only a known step', () => {
    for (const id of IDS) expect(stepOfHash(`#${stepAnchor(id)}`, IDS)).toBe(id);
    expect(stepOfHash('#step-nowhere', IDS)).toBeUndefined();
    expect(stepOfHash('#range', IDS)).toBeUndefined();
    expect(stepOfHash('', IDS)).toBeUndefined();
    expect(stepOfHash('#sources-title', IDS)).toBeUndefined();
  });

  it('decodes an escaped hash and refuses a malformed one', () => {
    expect(stepOfHash('#step-%72ange', IDS)).toBe('range');
    expect(stepOfHash('#step-%E0%A4%A', IDS)).toBeUndefined();
  });
});

describe('settleWatch', () => {
  it('settles only after the same sample has held for the frames asked', () => {
    const settled = settleWatch(3);
    const feed = [[900, 40], [950, 40], [950, 40], [950, 40.2], [950, 39.8]];
    expect(feed.map((s) => settled(s))).toEqual([false, false, false, false, true]);
  });

  it('starts over when the layout moves again', () => {
    const settled = settleWatch(2);
    expect([[1, 1], [1, 1], [1, 1], [2, 1], [2, 1], [2, 1]].map((s) => settled(s))).toEqual([false, false, true, false, false, true]);
  });
});

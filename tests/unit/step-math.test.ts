import { describe, expect, it } from 'vitest';
import { clamp01, stepAtLine } from '$lib/scroll/step-math';

const steps = [
  { top: 100, bottom: 500 },
  { top: 500, bottom: 900 },
  { top: 900, bottom: 1300 }
];

describe('stepAtLine', () => {
  it('is the first step before any has reached the line', () => {
    expect(stepAtLine(steps, 50)).toEqual({ index: 0, progress: 0 });
  });
  it('is the last step whose top has passed the line, with progress through it', () => {
    expect(stepAtLine(steps, 700)).toEqual({ index: 1, progress: 0.5 });
    expect(stepAtLine(steps, 900)).toEqual({ index: 2, progress: 0 });
  });
  it('stays on the last step past the end, at progress 1', () => {
    expect(stepAtLine(steps, 5000)).toEqual({ index: 2, progress: 1 });
  });
  it('handles no steps', () => {
    expect(stepAtLine([], 10)).toEqual({ index: 0, progress: 0 });
  });
  it('clamps', () => {
    expect([clamp01(-1), clamp01(0.3), clamp01(2), clamp01(NaN)]).toEqual([0, 0.3, 1, 0]);
  });
});

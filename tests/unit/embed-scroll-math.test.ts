import { describe, expect, it } from 'vitest';
import { cardOffset, embedStep, holdOffset, lineInFrame } from '$lib/scroll/embed-math';

// Three 800 px steps starting 500 px into the embed; the host viewport is 844 px tall.
const steps = [
  { top: 500, bottom: 1300 },
  { top: 1300, bottom: 2100 },
  { top: 2100, bottom: 2900 }
];
const at = (top: number) => ({ vw: 390, vh: 844, top, bottom: top + 3400 });

describe('embed scroll maths', () => {
  it('puts the host trigger line into embed coordinates', () => {
    expect(lineInFrame(at(0), 0.5)).toBe(422);
    expect(lineInFrame(at(-1000), 0.5)).toBe(1422);
  });

  it('follows the host scroll through every step and back', () => {
    const tops = [200, -400, -1200, -2000];
    const forward = tops.map((t) => embedStep(steps, at(t), 0.6).index);
    expect(forward).toEqual([0, 0, 1, 2]);
    expect(tops.reverse().map((t) => embedStep(steps, at(t), 0.6).index)).toEqual([2, 1, 0, 0]);
  });

  it('gives continuous progress within a step', () => {
    const line = 0.6 * 844;
    // Trigger line a quarter into step 2.
    const p = embedStep(steps, at(line - 1300 - 200), 0.6);
    expect(p.index).toBe(1);
    expect(p.progress).toBeCloseTo(0.25, 5);
  });

  it('holds the graphic at the host viewport top, like sticky, within its section', () => {
    const section = { top: 500, bottom: 2900 };
    expect(holdOffset(at(100), section, 844)).toBe(0); // section still below the host's top
    expect(holdOffset(at(-900), section, 844)).toBe(400); // 400 px into the section
    expect(holdOffset(at(-5000), section, 844)).toBe(2400 - 844); // section's end pushes it up
  });

  it('lets a card ride the trigger line within its step, like sticky', () => {
    const card = { top: 1300, bottom: 1500 };
    expect(cardOffset(1200, card, 2100)).toBe(0); // line above the card
    expect(cardOffset(1450, card, 2100)).toBe(150); // card top on the line
    expect(cardOffset(2500, card, 2100)).toBe(600); // stops at the step's end
  });
});

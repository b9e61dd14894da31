import { describe, expect, it } from 'vitest';
import { clamp01, ease, lerp, phase, zoomRect } from '$lib/scenes/motion';
import { placeLabel, scaleBarKm } from '$lib/scenes/labels';

describe('scroll-driven motion', () => {
  it('phase maps a window of progress to 0..1 and clamps outside it', () => {
    expect(phase(0.1, 0.2, 0.6)).toBe(0);
    expect(phase(0.4, 0.2, 0.6)).toBeCloseTo(0.5);
    expect(phase(0.9, 0.2, 0.6)).toBe(1);
    expect(phase(0.5, 0.5, 0.5)).toBe(1);
    expect(clamp01(Number.NaN)).toBe(0);
  });

  it('ease runs 0 → 1, symmetric about the middle', () => {
    expect(ease(0)).toBe(0);
    expect(ease(1)).toBe(1);
    for (const t of [0.1, 0.25, 0.4]) expect(ease(t) + ease(1 - t)).toBeCloseTo(1, 10);
  });

  it('zoomRect starts and ends on the two views and changes size geometrically', () => {
    const a: [number, number, number, number] = [0, 0, 1000, 1000];
    const b: [number, number, number, number] = [400, 400, 500, 500];
    expect(zoomRect(a, b, 0)).toEqual(a);
    zoomRect(a, b, 1).forEach((v, i) => expect(v).toBeCloseTo(b[i], 9));
    const mid = zoomRect(a, b, 0.5);
    expect(mid[2] - mid[0]).toBeCloseTo(Math.sqrt(1000 * 100), 6);
  });

  it('is a pure function of progress: the same progress gives the same frame, down or up', () => {
    const a: [number, number, number, number] = [0, 0, 10, 10];
    const b: [number, number, number, number] = [2, 2, 4, 4];
    const frames = [0, 0.2, 0.5, 0.9, 1].map((p) => zoomRect(a, b, ease(phase(p, 0, 0.35))));
    const back = [1, 0.9, 0.5, 0.2, 0].map((p) => zoomRect(a, b, ease(phase(p, 0, 0.35)))).reverse();
    expect(back).toEqual(frames);
    expect(lerp(2, 4, 0.25)).toBe(2.5);
  });
});

describe('labels and scale bar', () => {
  it('places labels beside, above or below the dot, scaled by px', () => {
    expect(placeLabel(100, 100, 'right', 2, 13)).toMatchObject({ x: 112, anchor: 'start' });
    expect(placeLabel(100, 100, 'left', 2, 13)).toMatchObject({ x: 88, anchor: 'end' });
    expect(placeLabel(100, 100, 'above', 2, 13)).toMatchObject({ x: 100, y: 88, anchor: 'middle' });
    expect(placeLabel(100, 100, 'below', 1, 13).y).toBeGreaterThan(100 + 13);
  });
  it('starts a label 3 px beyond the dot it names, however large the dot', () => {
    expect(placeLabel(100, 100, 'right', 1, 13, 'ltr', 5.75).x).toBe(108.75);
    expect(placeLabel(100, 100, 'left', 2, 13, 'rtl', 5.75)).toMatchObject({ x: 100 - 17.5, anchor: 'start' });
  });
  it('picks a round scale-bar length 60 px or wider', () => {
    expect(scaleBarKm(0.7)).toBe(100);
    expect(scaleBarKm(3)).toBe(20);
    expect(scaleBarKm(0.01)).toBe(2000);
  });
});

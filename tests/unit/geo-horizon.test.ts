import { describe, expect, it } from 'vitest';
import { grazingKm, horizonByGeometryKm, seaDropM, sightLineM, visible } from '$lib/geo/horizon';
import { radarHorizonKm } from '$lib/data/figures';

describe('radar horizon (4/3-Earth)', () => {
  it('the sight line grazes the sea at 4.12·√h', () => {
    for (const h of [4, 16, 25, 36]) {
      expect(grazingKm(h) / (4.12 * Math.sqrt(h))).toBeCloseTo(1, 2);
      expect(sightLineM(grazingKm(h), h)).toBeCloseTo(-seaDropM(grazingKm(h)), 6);
    }
  });

  it.each([[25, 10], [25, 5], [25, 15], [15, 10], [40, 3]])(
    'radar %d m, target %d m: geometry agrees with 4.12·(√h1+√h2) within 0.5%%',
    (radar, target) => {
      const formula = radarHorizonKm(radar, target);
      expect(Math.abs(horizonByGeometryKm(radar, target) - formula) / formula).toBeLessThan(0.005);
      expect(visible(formula * 0.99, radar, target)).toBe(true);
      expect(visible(formula * 1.01, radar, target)).toBe(false);
    }
  );

  it('the story default (25 m mast, 10 m missile) gives about 33.6 km', () => {
    expect(radarHorizonKm(25, 10)).toBeCloseTo(33.63, 1);
  });

  it('the sea falls away with the square of the distance', () => {
    expect(seaDropM(0)).toBe(0);
    expect(seaDropM(20) / seaDropM(10)).toBeCloseTo(4, 6);
  });
});

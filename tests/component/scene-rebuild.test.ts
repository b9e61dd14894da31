/**
 * Editing story.yaml and rebuilding the view changes what the scenes draw: the ring's radius,
 * the race times and the number of attack marks.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import SceneStage from '$lib/scenes/SceneStage.svelte';
import { makeProjection } from '$lib/geo/projection';
import { distanceKm } from '$lib/geo/distance';
import { formatNumber } from '$lib/text/format';
import type { StoryView } from '$lib/types';
import { storyViewFixture } from '../helpers/story-view';
import { edit, storyText } from '../helpers/story-file';

afterEach(cleanup);

const original = storyViewFixture();
let text = storyText();
text = edit(text, 'range_km: 300', 'range_km: 450');
text = edit(text, 'speed_mach: 2 ', 'speed_mach: 2.5 ');
text = edit(text, '  count: 40', '  count: 55');
const changed = storyViewFixture(text);

/** Mean great-circle distance (km) from the main launch point to the drawn ring's vertices. */
function ringRadiusKm(view: StoryView): number {
  const ring = view.geo.rings[0];
  const p = makeProjection();
  const [clon, clat] = p.invert!([ring.x, ring.y])!;
  const pts = ring.d.replace(/[MZ]/g, ' ').split('L').map((xy) => xy.trim().split(',').map(Number));
  const km = pts.map(([x, y]) => {
    const [lon, lat] = p.invert!([x, y])!;
    return distanceKm([clat, clon], [lat, lon]);
  });
  return km.reduce((a, b) => a + b, 0) / km.length;
}
const scene = (view: StoryView, id: string) =>
  render(SceneStage, { story: view, step: view.steps.find((s) => s.id === id)!, progress: 1 }).container;

describe('changing story.yaml changes the graphics', () => {
  it('the ring follows missile.range_km', () => {
    expect(ringRadiusKm(original)).toBeCloseTo(300, -1);
    expect(Math.abs(ringRadiusKm(changed) - 450) / 450).toBeLessThan(0.005);
    const ring = scene(changed, 'range').querySelector('[data-range-km]')!;
    expect(ring.getAttribute('data-range-km')).toBe('450');
    expect(ring.getAttribute('d')).toBe(changed.geo.rings[0].d);
    expect(changed.geo.rings[0].d).not.toBe(original.geo.rings[0].d);
  });

  it('the race times follow missile.speed_mach and missile.range_km', () => {
    // 450 km at Mach 2.5 (3,062.7 km/h) = 8.8 min; the drone at 185 km/h needs 146 min.
    expect(changed.calc.missile_minutes).toBeCloseTo(8.816, 2);
    expect(changed.calc.drone_minutes).toBeCloseTo(145.9, 1);
    const c = scene(changed, 'speed');
    expect(c.textContent).toContain('8.8\u00a0min');
    expect(c.textContent).toContain('146\u00a0min');
    expect(c.textContent).toContain('Mach 2.5');
    expect(c.textContent).not.toContain(`${formatNumber(original.calc.missile_minutes)} min`);
  });

  it('the marks follow attacks.count', () => {
    const c = scene(changed, 'attacks');
    const squares = (sel: string) => [...c.querySelectorAll(sel)].reduce((n, p) => n + (p.getAttribute('d')!.match(/M/g) ?? []).length, 0);
    expect(squares('.marks .mark')).toBe(55);
    expect(c.textContent).toContain('more than 55');
    // The compared count stays 190: its outlined marks are the difference.
    expect(squares('.marks .extra')).toBe(190 - 55);
  });
});

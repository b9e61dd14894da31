/** Each scene, rendered as the page renders it, at the start and the end of its step. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import SceneStage from '$lib/scenes/SceneStage.svelte';
import { storyViewFixture } from '../helpers/story-view';
import { formatNumber } from '$lib/text/format';

const story = storyViewFixture();
const step = (id: string) => story.steps.find((s) => s.id === id)!;
const stage = (id: string, progress: number) => render(SceneStage, { story, step: step(id), progress }).container;

afterEach(cleanup);


/** Squares drawn by the tally path(s) matching `selector`: one M…z subpath each. */
function squareCount(root: Element, selector: string): number {
  let n = 0;
  for (const path of root.querySelectorAll(selector)) n += (path.getAttribute('d')!.match(/M/g) ?? []).length;
  return n;
}
describe('scene stage', () => {
  it.each(story.steps.map((s) => [s.id, s.scene]))('step %s names its scene (%s) and credits its sources', (id, scene) => {
    const c = stage(id, 1);
    const el = c.querySelector('[data-scene]')!;
    expect(el.getAttribute('data-scene')).toBe(scene);
    expect(c.querySelector('.credit')!.textContent).toContain(step(id).credit);
  });

  it('the deal route draws itself with progress; the Iran step bends it through Tehran', () => {
    const start = stage('report', 0).querySelector('[data-route="direct"]')!;
    expect(Number(start.getAttribute('stroke-dashoffset'))).toBeCloseTo(1, 5);
    cleanup();
    const end = stage('report', 1).querySelector('[data-route="direct"]')!;
    expect(Number(end.getAttribute('stroke-dashoffset'))).toBeCloseTo(0, 5);
    // The route through Tehran stays in the DOM (switched, not mounted) but is not drawn before that step.
    expect((stage('report', 1).querySelector('[data-route="via-tehran"]') as SVGElement).style.visibility).toBe('hidden');
    cleanup();
    const iran = stage('iran', 1);
    expect((iran.querySelector('[data-route="via-tehran"]') as SVGElement).style.visibility).toBe('');
    expect(iran.querySelector('[data-highlight="iran"]')).not.toBeNull();
    // The caption gives the route drawn: via Tehran in the Iran step, direct before it.
    const caption = (c: Element) => c.querySelector('.caption')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(caption(iran)).toBe(`${formatNumber(story.calc.route_via_tehran_km)} km from Moscow to Sanaa by way of Tehran`);
    cleanup();
    expect(caption(stage('report', 1))).toBe(`${formatNumber(story.calc.route_km)} km from Moscow to Sanaa`);
  });

  it('the range map grows the rings with progress and labels distances at the end', () => {
    const start = stage('range', 0);
    expect(start.querySelector('[data-range-km]')!.getAttribute('transform')).toContain('scale(0)');
    // Distances and launch points are drawn but switched off until the end of the step.
    expect((start.querySelector('[data-distances]') as SVGElement).style.display).toBe('none');
    expect((start.querySelector('[data-launchers]') as SVGElement).style.display).toBe('none');
    cleanup();
    const end = stage('range', 1);
    const ring = end.querySelector('[data-range-km]')!;
    expect(ring.getAttribute('data-range-km')).toBe(String(story.numbers.missile.range_km));
    expect(ring.getAttribute('transform')).toContain('scale(1)');
    expect(end.querySelectorAll('[data-launch-point]').length).toBe(story.geo.rings.length);
    expect((end.querySelector('[data-distances]') as SVGElement).style.display).toBe('');
    expect((end.querySelector('[data-launchers]') as SVGElement).style.display).toBe('');
    for (const d of story.geo.distances) expect(end.textContent).toContain(`${formatNumber(d.km)}\u00a0km`);
    // Every launch point, the first (whose ring is drawn dashed) named as such.
    const [first, ...others] = story.geo.rings.map((r) => r.name);
    expect(end.querySelector('.legend')!.textContent).toContain(`Launch points: ${[`${first} (dashed ring)`, ...others].join(', ')}`);
    // The distance labels name only their end; the legend names where they are measured from.
    const from = story.geo.places.find((p) => p.id === story.geo.distances[0].from)!.name;
    expect(end.querySelector('.legend')!.textContent).toContain(`Distances from ${from}`);
    expect(end.querySelector('[data-scale-km]')).not.toBeNull();
  });

  it('the flight profile ticks every distance it names: launch, the low flight and the full range', () => {
    const c = stage('weapon', 1);
    const m = story.numbers.missile;
    const ticks = [...c.querySelectorAll('[data-tick-km]')].map((t) => Number(t.getAttribute('data-tick-km')));
    expect(ticks).toEqual([0, m.range_low_km, m.range_km]);
    expect(c.textContent).toContain(`${formatNumber(m.range_km)}\u00a0km`);
  });

  it('the horizon scene states the assumed heights and the horizon from the data', () => {
    const c = stage('skim', 1);
    const text = c.textContent!;
    expect(text).toContain(`radar ${formatNumber(story.numbers.radar.antenna_height_m)}\u00a0m`);
    expect(text).toContain(`missile ${formatNumber(story.numbers.radar.target_height_m)}\u00a0m`);
    expect(text).toContain(`${formatNumber(story.calc.horizon_km)}\u00a0km`);
    expect(c.querySelector('[data-seen]')!.getAttribute('data-seen')).toBe('true');
    cleanup();
    expect(stage('skim', 0).querySelector('[data-seen]')!.getAttribute('data-seen')).toBe('false');
  });

  it('the race: at the start nobody has moved, at the end both arrive with their times', () => {
    const start = stage('speed', 0);
    for (const r of start.querySelectorAll('[data-racer]')) expect(Number(r.getAttribute('data-covered'))).toBe(0);
    cleanup();
    const end = stage('speed', 1);
    for (const r of end.querySelectorAll('[data-racer]')) expect(Number(r.getAttribute('data-covered'))).toBe(1);
    expect(end.textContent).toContain(`${formatNumber(story.calc.missile_minutes)}\u00a0min`);
    expect(end.textContent).toContain(`${formatNumber(story.calc.drone_minutes)}\u00a0min`);
  });

  it('one mark per attack, all of them from the start of the step, with the wording of the count', () => {
    for (const progress of [0, 1]) {
      const c = stage('attacks', progress);
      expect(squareCount(c, '.marks .mark.on')).toBe(story.numbers.attacks.count);
      expect(c.querySelector('svg.marks')!.getAttribute('data-marks-shown')).toBe(String(story.numbers.attacks.count));
      expect(c.textContent).toContain(story.words.attacks.countText);
      cleanup();
    }
    expect(story.words.attacks.countText).toBe('more than 40');
  });

  it("another tracker's larger count: outlined marks after the story's own once the grid is laid out for it, keyed only then", () => {
    const a = story.numbers.attacks;
    expect(a.compare_count).toBeGreaterThan(a.count);
    const source = story.sources.find((s) => s.id === a.compare_source)!.name;
    const key = `the rest of the ${formatNumber(a.compare_count!)} counted by ${source} to 17\u00a0June 2024`;
    const start = stage('attacks', 0);
    // Before: no outlined squares at all (none that could be taken for the other count), its key hidden.
    expect(squareCount(start, '.marks .extra')).toBe(0);
    expect(start.querySelector<HTMLElement>('[data-key-kind="compare"]')!.style.visibility).toBe('hidden');
    cleanup();
    const end = stage('attacks', 1);
    expect(squareCount(end, '.marks .extra')).toBe(a.compare_count! - a.count);
    expect(end.querySelector<SVGElement>('.marks .extra')!.style.opacity).toBe('1');
    expect(end.querySelector<HTMLElement>('[data-key-kind="compare"]')!.style.visibility).toBe('visible');
    expect(end.textContent).toContain(key);
  });

  it('events sit on the time axis in date order and on the map where they have coordinates', () => {
    const c = stage('events', 1);
    const xs = [...c.querySelectorAll('[data-event-date]')].map((e) => Number(e.getAttribute('data-event-x')));
    expect(xs.length).toBe(story.events.length);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(c.querySelectorAll('[data-event-map]').length).toBe(story.events.filter((e) => e.x !== undefined).length);
    for (const e of story.events) expect(c.textContent).toContain(e.ship);
  });

  it('time sweeps the axis with progress: the passed span tinted, its edge a line until the end', () => {
    const axisWidth = (c: Element) => {
      const d = c.querySelector('.axis')!.getAttribute('d')!;
      const [, x0, x1] = /M([\d.]+),[\d.]+H([\d.]+)/.exec(d)!.map(Number);
      return x1 - x0;
    };
    const half = stage('events', 0.45);
    const w = Number(half.querySelector('.swept')!.getAttribute('width'));
    expect(w).toBeGreaterThan(0.2 * axisWidth(half));
    expect(w).toBeLessThan(0.8 * axisWidth(half));
    expect((half.querySelector('.now') as SVGElement).style.display).toBe('');
    cleanup();
    const end = stage('events', 1);
    expect(Number(end.querySelector('.swept')!.getAttribute('width'))).toBeCloseTo(axisWidth(end), 5);
    expect((end.querySelector('.now') as SVGElement).style.display).toBe('none');
  });

  it('the stakes: both traffic bars and everyone alarmed', () => {
    const c = stage('stakes', 1);
    expect(c.querySelector('[data-bar="before"]')!.getAttribute('data-value')).toBe(String(story.numbers.traffic.before));
    expect(c.querySelector('[data-bar="after"]')!.getAttribute('data-value')).toBe(String(story.numbers.traffic.after));
    for (const who of story.numbers.alarmed) expect(c.textContent).toContain(who);
  });
});

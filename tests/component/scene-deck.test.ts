import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import SceneDeck from '$lib/scenes/SceneDeck.svelte';
import { storyViewFixture } from '../helpers/story-view';

const story = storyViewFixture();
const stages = (c: HTMLElement) => [...c.querySelectorAll<HTMLElement>('.stage')];

describe('SceneDeck', () => {
  afterEach(() => cleanup());

  it('starts with no layer, draws the active one in the next task and the others when idle, then keeps them all', async () => {
    const { container, rerender } = render(SceneDeck, { story, step: story.steps[0], progress: 0 });
    // Nothing in the mount's own task (the page's hydration): its longest task at load.
    expect(stages(container)).toHaveLength(0);
    expect(container.querySelector('[data-deck]')!.getAttribute('data-deck')).toBe('building');
    await new Promise((done) => setTimeout(done, 0));
    flushSync();
    expect(stages(container).length).toBeGreaterThanOrEqual(1);
    expect(stages(container)[0].getAttribute('data-scene')).toBe(story.steps[0].scene);
    // One layer per drawing: the deal and range steps share the map; other scenes get a layer per state.
    const layers = new Set(story.steps.map((s) => (s.scene === 'deal' || s.scene === 'range' ? 'map' : `${s.scene}:${s.state}`))).size;
    await expect.poll(() => stages(container).length).toBe(layers);
    // Only the visible layer names its scene; moving through every step never removes a layer.
    for (const s of [...story.steps, ...[...story.steps].reverse()]) {
      await rerender({ story, step: s, progress: 0.5 });
      flushSync();
      expect(stages(container)).toHaveLength(layers);
      expect(container.querySelectorAll('[data-scene]')).toHaveLength(1);
      expect(container.querySelector('[data-scene]')!.getAttribute('data-scene')).toBe(s.scene);
      expect(container.querySelector('[data-scene] .credit:not(.off)')!.textContent).toBe(s.credit);
      expect(container.querySelectorAll('[data-scene] .credit:not(.off)')).toHaveLength(1);
      expect(s.credit).toMatch(/^Source: /);
    }
    // Building every layer in jsdom takes seconds on a loaded machine.
  }, 20_000);

  it('moves a hidden layer to its next step once idle, not in the step change itself', async () => {
    const [report, weapon, iran] = story.steps;
    expect([report.scene, weapon.scene, iran.state]).toEqual(['deal', 'weapon', 'iran']);
    const { container, rerender } = render(SceneDeck, { story, step: report, progress: 0.99 });
    await expect.poll(() => container.querySelector('[data-deck]')!.getAttribute('data-deck')).toBe('ready');
    const map = () => container.querySelector<HTMLElement>('.stage:has([data-route])')!;
    // The next step's layer is kept painted but transparent; layers further away are not painted at all.
    const layers = stages(container);
    expect(layers[1].classList.contains('idle')).toBe(true);
    expect(layers[1].classList.contains('far')).toBe(false);
    expect(layers.at(-1)!.classList.contains('far')).toBe(true);
    const caption = () => map().querySelector('.caption')!.textContent!.replace(/\s+/g, ' ').trim();
    await rerender({ story, step: weapon, progress: 0.01 });
    flushSync();
    // In the change's frame the map, now hidden, still shows the route the reader left, at its end.
    expect(container.querySelector('[data-deck]')!.getAttribute('data-settled')).toBe('0');
    expect(caption()).not.toContain('Tehran');
    expect(map().querySelector<SVGElement>('[data-route="direct"]')!.getAttribute('stroke-dashoffset')).toBe('0');
    // Once idle it is ready for the step ahead: the Iran step at its start.
    await expect.poll(() => container.querySelector('[data-deck]')!.getAttribute('data-settled')).toBe('1');
    expect(caption()).toContain('by way of Tehran');
    expect(map().querySelector<SVGElement>('[data-route="via-tehran"]')!.style.visibility).toBe('');
  });

  it('draws the active step’s layer first when the reader starts mid-story', async () => {
    const last = story.steps.at(-1)!;
    const { container } = render(SceneDeck, { story, step: last, progress: 1 });
    await new Promise((done) => setTimeout(done, 0));
    flushSync();
    expect(container.querySelector('[data-scene]')?.getAttribute('data-scene')).toBe(last.scene);
    expect(stages(container)[0].getAttribute('data-scene')).toBe(last.scene);
  });
});

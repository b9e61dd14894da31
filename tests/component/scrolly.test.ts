import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { storyViewFixture } from '../helpers/story-view';

// scrollama is replaced by a recorder: the test plays the observer's part.
type Handler = (r: { index: number; progress?: number; element?: Element; direction?: string }) => void;
const scroller = vi.hoisted(() => ({
  setup: vi.fn(),
  enter: undefined as Handler | undefined,
  progress: undefined as Handler | undefined,
  destroy: vi.fn(),
  resize: vi.fn()
}));
vi.mock('scrollama', () => ({
  default: () => {
    const api = {
      setup(opts: unknown) {
        scroller.setup(opts);
        return api;
      },
      onStepEnter(fn: Handler) {
        scroller.enter = fn;
        return api;
      },
      onStepProgress(fn: Handler) {
        scroller.progress = fn;
        return api;
      },
      onStepExit() {
        return api;
      },
      resize: scroller.resize,
      destroy: scroller.destroy
    };
    return api;
  }
}));

const Scrolly = (await import('$lib/components/Scrolly.svelte')).default;

/** Render the scrolly and let its engine start: it does in the task after mounting (hydration's). */
async function mount(props: Record<string, unknown>) {
  const rendered = render(Scrolly, props);
  await new Promise((done) => setTimeout(done, 0));
  flushSync();
  return rendered;
}

/** jsdom lays nothing out: place the steps (1000 px each) so the trigger line, 60% down the
 *  viewport, is `progress` of the way through step `index`, as the engine measures on a step change. */
function layOut(container: Element, index: number, progress: number) {
  const line = window.innerHeight * 0.6;
  container.querySelectorAll<HTMLElement>('[data-step]').forEach((el, i) => {
    const top = line + (i - index - progress) * 1000;
    el.getBoundingClientRect = () => ({ top, bottom: top + 1000, left: 0, right: 390, width: 390, height: 1000, x: 0, y: top, toJSON: () => ({}) });
  });
}

/** The engine applies scrollama's reports at the next animation frame. */
const nextFrame = () =>
  new Promise<void>((done) =>
    requestAnimationFrame(() => {
      flushSync();
      done();
    })
  );
const story = storyViewFixture();

describe('Scrolly', () => {
  beforeEach(() => {
    vi.clearAllMocks();
  });
  afterEach(() => cleanup());

  it('renders every step with its hook, text and screen-reader description', async () => {
    const { container } = await mount({ story });
    const steps = container.querySelectorAll('[data-step]');
    expect([...steps].map((s) => s.getAttribute('data-step'))).toEqual(story.steps.map((s) => s.id));
    for (const s of story.steps) {
      const el = container.querySelector(`[data-step="${s.id}"]`)!;
      expect(el.querySelector('.sr-only')?.textContent).toBe(`Graphic: ${s.alt}`);
    }
  });

  it('sets scrollama up on mount with every step and tears it down on unmount', async () => {
    const { unmount } = await mount({ story });
    expect(scroller.setup).toHaveBeenCalledTimes(1);
    const opts = scroller.setup.mock.calls[0][0] as { step: Element[]; progress: boolean };
    expect(opts.step).toHaveLength(story.steps.length);
    expect(opts.progress).toBe(true);
    unmount();
    expect(scroller.destroy).toHaveBeenCalledTimes(1);
  });

  it('follows step enter and progress, down and back up, showing the step’s scene', async () => {
    const { container } = await mount({ story });
    const root = container.querySelector('[data-active-step]')!;
    const scene = () => container.querySelector('.graphic [data-scene]')!.getAttribute('data-scene');
    const rangeIndex = story.steps.findIndex((s) => s.scene === 'range');

    layOut(container, rangeIndex, 0);
    scroller.enter!({ index: rangeIndex, direction: 'down' });
    await nextFrame();
    expect(root.getAttribute('data-active-step')).toBe(String(rangeIndex));
    expect(scene()).toBe('range');

    layOut(container, rangeIndex, 0.5);
    scroller.progress!({ index: rangeIndex, progress: 0.5 });
    await nextFrame();
    const ring = container.querySelector('.graphic [data-range-km]')!;
    expect(ring.getAttribute('data-range-km')).toBe(String(story.numbers.missile.range_km));

    layOut(container, 0, 0.9);
    scroller.enter!({ index: 0, direction: 'up' });
    await nextFrame();
    expect(root.getAttribute('data-active-step')).toBe('0');
    expect(scene()).toBe(story.steps[0].scene);
  });

  it('applies the reports once per frame: nothing is redrawn between two observer callbacks', async () => {
    const { container } = await mount({ story });
    const root = container.querySelector('[data-active-step]')!;
    const before = root.getAttribute('data-active-step');
    layOut(container, 2, 0.1);
    scroller.enter!({ index: 2 });
    flushSync();
    expect(root.getAttribute('data-active-step')).toBe(before);
    await nextFrame();
    expect(root.getAttribute('data-active-step')).toBe('2');
  });

  it('draws a step entered by a jump at the measured progress, not at its start', async () => {
    const { container } = await mount({ story });
    const rangeIndex = story.steps.findIndex((s) => s.scene === 'range');
    // A jump: the observer reports the step's progress before its entry (the progress is dropped,
    // the step not being the active one yet); the position is measured when the step is entered.
    layOut(container, rangeIndex, 0.9);
    scroller.progress!({ index: rangeIndex, progress: 0.9 });
    scroller.enter!({ index: rangeIndex, direction: 'down' });
    await nextFrame();
    // At 0.9 the rings have grown to full size (they grow over 0.35–0.75 of the step).
    const ring = container.querySelector('.graphic [data-scene="range"] [data-range-km]')!;
    expect(ring.getAttribute('transform')).toContain('scale(1)');
  });

  it('ignores progress reported for a step that is not the active one', async () => {
    const { container } = await mount({ story });
    layOut(container, 2, 0.05);
    scroller.enter!({ index: 2 });
    scroller.progress!({ index: 1, progress: 0.9 });
    await nextFrame();
    expect(container.querySelector('[data-active-step]')!.getAttribute('data-active-step')).toBe('2');
  });

  it('draws the steps’ own graphics only when the page goes to print (the sticky graphic serves the screen)', async () => {
    const { container } = await mount({ story });
    expect(container.querySelectorAll('.inline-graphic')).toHaveLength(0);
    expect([...container.querySelectorAll('[data-step]')].map((s) => s.getAttribute('data-step-scene'))).toEqual(story.steps.map((s) => s.scene));
    window.dispatchEvent(new Event('beforeprint'));
    const drawn = [...container.querySelectorAll('.inline-graphic [data-scene]')].map((g) => g.getAttribute('data-scene'));
    expect(drawn).toEqual(story.steps.map((s) => s.scene));
  });
});

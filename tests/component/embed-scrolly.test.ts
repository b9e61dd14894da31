import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/svelte';
import { flushSync, type ComponentProps } from 'svelte';
import type { HostViewport } from '$lib/embed/protocol';
import { storyViewFixture } from '../helpers/story-view';

// The host link is replaced by a hand the test holds: it plays the host's viewport messages.
const host = vi.hoisted(() => ({
  listeners: new Set<(v: HostViewport) => void>(),
  ask: vi.fn(),
  report: vi.fn()
}));
vi.mock('$lib/embed/child', () => ({
  onHostViewport: (fn: (v: HostViewport) => void) => {
    host.listeners.add(fn);
    return () => host.listeners.delete(fn);
  },
  askHostViewport: host.ask,
  reportHeight: host.report
}));
// The page engine must not start inside an embed.
const scrollamaSetup = vi.hoisted(() => vi.fn());
vi.mock('scrollama', () => ({ default: () => ({ setup: scrollamaSetup }) }));

class Observer {
  observe() {}
  unobserve() {}
  disconnect() {}
}

const Scrolly = (await import('$lib/components/Scrolly.svelte')).default;
const { startEmbedDriver } = await import('$lib/scroll/embed.svelte');
const { EMBED_DRIVER } = await import('$lib/scroll/embed-view.svelte');

/**
 * Render the scrolly and let its engine start: it does in the task after mounting (hydration's).
 * The embed page provides the driver (context), as EmbedPage does.
 */
async function mount(props: ComponentProps<typeof Scrolly>) {
  const rendered = render(Scrolly, { props, context: new Map([[EMBED_DRIVER, startEmbedDriver]]) });
  await new Promise((done) => setTimeout(done, 0));
  flushSync();
  return rendered;
}
const story = storyViewFixture();
const STEP = 800;
const FIRST = 500;

/** Lay the steps out (jsdom has no layout): FIRST px down, STEP px each; the section around them. */
function layOut(container: HTMLElement) {
  const box = (top: number, height: number) => () => ({ top, bottom: top + height, height, left: 0, right: 390, width: 390, x: 0, y: top, toJSON() {} }) as DOMRect;
  container.querySelectorAll<HTMLElement>('[data-step]').forEach((el, i) => (el.getBoundingClientRect = box(FIRST + i * STEP, STEP)));
  const section = container.querySelector<HTMLElement>('.scrolly')!;
  section.getBoundingClientRect = box(FIRST, story.steps.length * STEP);
}

const send = (v: HostViewport) => host.listeners.forEach((fn) => fn(v));
const view = (top: number): HostViewport => ({ vw: 390, vh: 844, top, bottom: top + 9000 });

describe('Scrolly embedded', () => {
  beforeEach(() => {
    vi.stubGlobal('ResizeObserver', Observer);
    vi.stubGlobal('IntersectionObserver', Observer);
    host.listeners.clear();
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('starts stacked, with no page engine and no viewport-sized layout', async () => {
    const { container } = await mount({ story, embedded: true });
    const root = container.querySelector<HTMLElement>('.scrolly')!;
    expect(root.dataset.layout).toBe('stacked');
    expect(root.dataset.scrollEngine).toBe('stacked');
    expect(root.style.getPropertyValue('--host-vh')).toBe('');
    expect(scrollamaSetup).not.toHaveBeenCalled();
    expect(host.listeners.size).toBe(1);
  });

  // Every step down and up, each awaited: ~4.5 s on this shared machine under load, close to the default 5 s.
  it('switches to the embed layout on the first host viewport and follows it through every step', { timeout: 15_000 }, async () => {
    const { container } = await mount({ story, embedded: true });
    layOut(container);
    const root = container.querySelector<HTMLElement>('.scrolly')!;
    const graphic = container.querySelector<HTMLElement>('.graphic')!;

    // Host trigger line (0..1 of 844 px) halfway into step i: top = TRIGGER·vh − (FIRST + i·STEP + STEP/2).
    const trigger = (await import('$lib/scroll/scrolly.svelte')).TRIGGER;
    const topFor = (i: number) => Math.round(trigger * 844 - (FIRST + i * STEP + STEP / 2));
    const order = [...story.steps.keys(), ...[...story.steps.keys()].reverse()];
    host.report.mockClear();
    for (const i of order) {
      send(view(topFor(i)));
      await waitFor(() => expect(root.dataset.activeStep).toBe(String(i)));
      expect(root.dataset.hostTop).toBe(String(topFor(i)));
    }
    expect(root.dataset.layout).toBe('embed');
    expect(root.dataset.scrollEngine).toBe('embed');
    expect(root.style.getPropertyValue('--host-vh')).toBe('844px');
    // Each applied viewport re-measures the height (ResizeObserver is silent in a frame below the fold).
    expect(host.report.mock.calls.length).toBeGreaterThanOrEqual(order.length);

    // Graphic held at the host's top: the section starts FIRST px down the embed.
    send(view(-FIRST - 300));
    await waitFor(() => expect(graphic.style.transform).toBe('translate3d(0, 300px, 0)'));
  });

  it('stays stacked in a host viewport too short to read under a held graphic, and switches when it grows', async () => {
    const { container } = await mount({ story, embedded: true });
    layOut(container);
    const root = container.querySelector<HTMLElement>('.scrolly')!;
    send({ vw: 844, vh: 300, top: -1000, bottom: 5000 });
    await waitFor(() => expect(root.dataset.scrollEngine).toBe('stacked'));
    expect(root.dataset.layout).toBe('stacked');
    expect(root.dataset.activeStep).toBe('0');
    send(view(-1000));
    await waitFor(() => expect(root.dataset.layout).toBe('embed'));
  });

  it('measures with the latest viewport when several arrive at once', async () => {
    const { container } = await mount({ story, embedded: true });
    layOut(container);
    const root = container.querySelector<HTMLElement>('.scrolly')!;
    send(view(-5000));
    send(view(400));
    await waitFor(() => expect(root.dataset.hostTop).toBe('400'));
    expect(root.dataset.activeStep).toBe('0');
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyTheme, askHostViewport, onHostViewport, reportHeight, startChild } from '$lib/embed/child';
import { NS, VERSION, type HostViewport } from '$lib/embed/protocol';

const HOST = 'http://host.example';

/** A window inside a frame: its parent records what it is sent; the test dispatches messages. */
function framedWindow(search = '?childId=story-embed') {
  const parent = { postMessage: vi.fn() };
  // A FontFaceSet: the test says when loads finish.
  const fonts = new EventTarget();
  const listeners = new Map<string, Set<(e: unknown) => void>>();
  const win = {
    parent,
    scrollY: 0,
    innerWidth: 390,
    location: { search, host: 'story.example', pathname: '/embed/', ancestorOrigins: [HOST] },
    document: { referrer: '', fonts },
    addEventListener: (type: string, fn: (e: unknown) => void) => {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(fn);
    },
    removeEventListener: (type: string, fn: (e: unknown) => void) => listeners.get(type)?.delete(fn)
  };
  const dispatch = (data: unknown, source: unknown = parent, origin = HOST) => listeners.get('message')?.forEach((fn) => fn({ data, source, origin }));
  return { win: win as unknown as Window, parent, dispatch, listeners, fonts };
}

let height = 1234.2;
const root = { getBoundingClientRect: () => ({ bottom: height }) } as unknown as HTMLElement;

class Observer {
  observe() {}
  disconnect() {}
}

describe('embed child messaging', () => {
  let stop: () => void = () => {};
  beforeEach(() => {
    vi.stubGlobal('ResizeObserver', Observer);
    height = 1234.2;
  });
  afterEach(() => {
    stop();
    vi.unstubAllGlobals();
  });

  it('posts its height in every format, to the parent origin only, and asks for the viewport', () => {
    const { win, parent } = framedWindow();
    stop = startChild(root, win);
    const sent = parent.postMessage.mock.calls;
    expect(sent.every(([, origin]) => origin === HOST)).toBe(true);
    const data = sent.map(([m]) => m);
    expect(data).toContainEqual('pymxPYMxstory-embedxPYMxheightxPYMx1235');
    expect(data).toContainEqual({ sentinel: 'amp', type: 'embed-size', height: 1235 });
    expect(data).toContainEqual({ 'datawrapper-height': { 'story.example/embed/': 1235 } });
    expect(data).toContainEqual({ ns: NS, v: VERSION, type: 'height', height: 1235 });
    expect(data).toContainEqual('pymxPYMxstory-embedxPYMxparentPositionInfoxPYMx');
    expect(data).toContainEqual({ ns: NS, v: VERSION, type: 'ask' });
  });

  it('posts the new height when web fonts finish loading after start-up', () => {
    const { win, parent, fonts } = framedWindow();
    stop = startChild(root, win);
    parent.postMessage.mockClear();
    height = 1500; // the text reflowed in the web font
    fonts.dispatchEvent(new Event('loadingdone'));
    expect(parent.postMessage).toHaveBeenCalledWith({ ns: NS, v: VERSION, type: 'height', height: 1500 }, HOST);
    stop();
    parent.postMessage.mockClear();
    height = 1600;
    fonts.dispatchEvent(new Event('loadingdone'));
    expect(parent.postMessage).not.toHaveBeenCalled();
  });

  it('answers greetings from pym, frames and the snippet with its height', () => {
    const { win, parent, dispatch } = framedWindow();
    stop = startChild(root, win);
    for (const hello of ['pymxPYMxstory-embedxPYMxwidthxPYMx390', { sentinel: 'amp', type: 'frames-init' }, { ns: NS, v: VERSION, type: 'hello' }]) {
      parent.postMessage.mockClear();
      height = 2000;
      dispatch(hello);
      expect(parent.postMessage).toHaveBeenCalledWith({ ns: NS, v: VERSION, type: 'height', height: 2000 }, HOST);
    }
  });

  it('passes on viewports from its parent, and nothing from other windows or origins', () => {
    const { win, dispatch } = framedWindow();
    const seen: HostViewport[] = [];
    const off = onHostViewport((v) => seen.push(v));
    stop = startChild(root, win);
    const viewport = { ns: NS, v: VERSION, type: 'viewport', vw: 390, vh: 844, top: -100, bottom: 3000 };
    dispatch(viewport, {}, HOST); // another window
    dispatch(viewport, undefined, 'http://evil.example'); // the parent object, wrong origin
    dispatch({ ...viewport, vh: Number.NaN });
    expect(seen).toEqual([]);
    dispatch(viewport);
    dispatch('pymxPYMxstory-embedxPYMxviewport-iframe-positionxPYMx390 844 -50 0 3000 390');
    expect(seen).toEqual([
      { vw: 390, vh: 844, top: -100, bottom: 3000 },
      { vw: 390, vh: 844, top: -50, bottom: 3000 }
    ]);
    off();
  });

  it('reports a height changed by its own answer to a viewport, with no ResizeObserver call (a frame below the fold is not rendered)', () => {
    const { win, parent } = framedWindow();
    stop = startChild(root, win);
    parent.postMessage.mockClear();
    reportHeight();
    expect(parent.postMessage).not.toHaveBeenCalled(); // unchanged: nothing to say
    height = 2100;
    reportHeight();
    expect(parent.postMessage).toHaveBeenCalledWith({ ns: NS, v: VERSION, type: 'height', height: 2100 }, HOST);
    expect(parent.postMessage).toHaveBeenCalledWith('pymxPYMxstory-embedxPYMxheightxPYMx2100', HOST);
  });

  it('notices a new frame width with no event (a host that sends nothing on resize) and posts the new height', () => {
    vi.useFakeTimers();
    try {
      const { win, parent } = framedWindow();
      stop = startChild(root, win);
      parent.postMessage.mockClear();
      height = 2400;
      vi.advanceTimersByTime(2000);
      expect(parent.postMessage).not.toHaveBeenCalled(); // same width: not even measured
      (win as unknown as { innerWidth: number }).innerWidth = 312;
      vi.advanceTimersByTime(500);
      expect(parent.postMessage).toHaveBeenCalledWith({ sentinel: 'amp', type: 'embed-size', height: 2400 }, HOST);
      stop();
      stop = () => {};
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it("passes the story's reader events on to the host: our message, and pym's when under pym", () => {
    const { win, parent, listeners } = framedWindow();
    stop = startChild(root, win);
    parent.postMessage.mockClear();
    const fire = (detail: unknown) => listeners.get('story-step')?.forEach((fn) => fn(new CustomEvent('story-step', { detail })));
    fire({ index: 1, id: 'range', edition: 'en' });
    fire({ index: 1, id: '<b>', edition: 'en' }); // not a step id: dropped
    expect(parent.postMessage.mock.calls).toEqual([
      [{ ns: NS, v: VERSION, type: 'story-step', index: 1, id: 'range', edition: 'en' }, HOST],
      ['pymxPYMxstory-embedxPYMxstory-stepxPYMx{"index":1,"id":"range","edition":"en"}', HOST]
    ]);
  });

  it("takes the host's theme from its parent only, and auto gives the reader's preference back", () => {
    const { win, dispatch } = framedWindow();
    // jsdom's document (no document.fonts: the child listens for no font loads).
    (win as unknown as { document: Document }).document = document;
    stop = startChild(root, win);
    const html = document.documentElement;
    const theme = (t: string) => ({ ns: NS, v: VERSION, type: 'theme', theme: t });
    dispatch(theme('dark'), {}, HOST); // another window
    dispatch(theme('dark'), undefined, 'http://evil.example');
    dispatch(theme('black'));
    expect(html.hasAttribute('data-theme')).toBe(false);
    dispatch(theme('dark'));
    expect(html.getAttribute('data-theme')).toBe('dark');
    dispatch(theme('light'));
    expect(html.getAttribute('data-theme')).toBe('light');
    dispatch(theme('auto'));
    expect(html.hasAttribute('data-theme')).toBe(false);
  });

  it('sets and clears the theme attribute on the document', () => {
    applyTheme(document, 'dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    applyTheme(document, 'auto');
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it('does nothing when not framed, and stops cleanly', () => {
    const { win, parent, listeners } = framedWindow();
    const alone = { ...win, parent: undefined } as unknown as Window;
    (alone as unknown as { parent: Window }).parent = alone;
    startChild(root, alone)();
    stop = startChild(root, win);
    stop();
    stop = () => {};
    expect(listeners.get('message')?.size).toBe(0);
    expect(listeners.get('story-step')?.size).toBe(0);
    parent.postMessage.mockClear();
    askHostViewport();
    height = 999;
    reportHeight();
    expect(parent.postMessage).not.toHaveBeenCalled();
  });
});

/**
 * The embedded page's side of the conversation with its host: post the content height in
 * every host script's format whenever it changes, answer greetings, and pass validated host
 * viewports on to whoever drives the steps (see $lib/scroll/embed.svelte.ts).
 * Accepts messages only from window.parent (and its origin, when the browser tells us).
 */
import { heightMessages, own, parentOrigin, parseParentMessage, pymChildId, pymMessage, stepMessages, toStepDetail, type HostViewport, type Theme } from './protocol';
import { STEP_EVENT } from '../scroll/reader-events';

type ViewportListener = (v: HostViewport) => void;

const listeners = new Set<ViewportListener>();
let lastViewport: HostViewport | null = null;
let ask: () => void = () => {};
let report: () => void = () => {};

/** Subscribe to host viewports (the latest one, if any, is delivered at once). */
export function onHostViewport(fn: ViewportListener): () => void {
  listeners.add(fn);
  if (lastViewport) fn(lastViewport);
  return () => listeners.delete(fn);
}

/** Ask the host for its viewport now (pym `parentPositionInfo`, or our `ask`). */
export function askHostViewport(): void {
  ask();
}

/**
 * Measure now and post the height if it changed. For layout changes made in answer to a host
 * message (the switch into the scroll-driven layout, a new host viewport height): below the
 * host's fold a cross-origin frame's rendering is throttled, so ResizeObserver stays silent
 * until the reader scrolls to it, while a measurement still forces the layout.
 */
export function reportHeight(): void {
  report();
}

/**
 * Show the story in the host's theme: the tokens' dark or light values by `<html data-theme>`, or
 * the reader's preference for `auto`. Set at once, in the message's task: the next frame paints it.
 */
export function applyTheme(doc: Document, theme: Theme): void {
  if (theme === 'auto') doc.documentElement.removeAttribute('data-theme');
  else doc.documentElement.setAttribute('data-theme', theme);
}

/** True when this page runs inside a frame. */
export const isFramed = (win: Window = window): boolean => win.parent !== win;

/**
 * Start talking to the parent. `root` wraps all the content: its bottom edge is the height
 * posted. Returns the teardown.
 */
export function startChild(root: HTMLElement, win: Window = window): () => void {
  if (!isFramed(win)) return () => {};
  const parent = win.parent;
  const pymId = pymChildId(win.location.search);
  const origin = parentOrigin(win.location.ancestorOrigins, win.document.referrer);
  const target = origin ?? '*';
  const dwKey = win.location.host + win.location.pathname;
  const post = (m: unknown) => parent.postMessage(m, target);

  let sent = -1;
  const measure = () => Math.ceil(root.getBoundingClientRect().bottom + win.scrollY);
  const sendHeight = (force = false) => {
    const h = measure();
    if (h === sent && !force) return;
    sent = h;
    for (const m of heightMessages(h, pymId, dwKey)) post(m);
  };

  report = () => sendHeight();
  ask = () => {
    if (pymId) post(pymMessage(pymId, 'parentPositionInfo'));
    post(own({ type: 'ask' }));
  };

  const onMessage = (e: MessageEvent) => {
    if (e.source !== parent || (origin && e.origin !== origin)) return;
    const msg = parseParentMessage(e.data, pymId);
    if (!msg) return;
    if (msg.kind === 'hello') {
      sendHeight(true);
      return;
    }
    if (msg.kind === 'theme') {
      applyTheme(win.document, msg.theme);
      return;
    }
    // Viewports come after host scrolls and resizes: cheap moments to re-check the height,
    // which ResizeObserver may not report while the frame is off screen (throttled rendering).
    sendHeight();
    lastViewport = msg.viewport;
    for (const fn of listeners) fn(msg.viewport);
  };

  // Reader events (dispatched on this window by the story) go on to the host page.
  const onStep = (e: Event) => {
    const d = (e as CustomEvent).detail;
    const detail = d && toStepDetail(d.index, d.id, d.edition);
    if (detail) for (const m of stepMessages(detail, pymId)) post(m);
  };

  const onLoad = () => sendHeight(true);
  const ro = new ResizeObserver(() => sendHeight());
  // Below the host's fold the frame is not rendered: when the host window narrows it, neither
  // ResizeObserver nor a resize event says so, and @newswire/frames sends nothing. Its width,
  // read twice a second (no layout), does.
  let width = win.innerWidth;
  const widthCheck = setInterval(() => {
    if (win.innerWidth === width) return;
    width = win.innerWidth;
    sendHeight();
  }, 500);
  win.addEventListener('message', onMessage);
  win.addEventListener('load', onLoad);
  win.addEventListener(STEP_EVENT, onStep);
  ro.observe(root);
  // Web fonts reflow the text: `loadingdone` fires each time loads finish (failed ones included).
  // `fonts.ready` missed it: below the fold nothing had been laid out, no font requested, so the
  // promise was already settled; the loads began later and the height grew ~270 px unreported.
  const fonts = win.document.fonts;
  const onFonts = () => sendHeight();
  fonts?.addEventListener('loadingdone', onFonts);
  sendHeight(true);
  ask();

  return () => {
    ro.disconnect();
    clearInterval(widthCheck);
    fonts?.removeEventListener('loadingdone', onFonts);
    win.removeEventListener('message', onMessage);
    win.removeEventListener('load', onLoad);
    win.removeEventListener(STEP_EVENT, onStep);
    ask = () => {};
    report = () => {};
    lastViewport = null;
  };
}

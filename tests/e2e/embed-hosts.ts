/**
 * Helpers for the embed browser tests: host pages on the second origin (localhost) framing the
 * story from the first (127.0.0.1), the real pym.js and @newswire/frames parents copied from
 * node_modules, and measurements taken inside the iframe and in the host.
 */
import type { Browser, ElementHandle, Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { hostUrl, keptTab, siteUrl, VIEWPORTS, waitForMatch, watchErrors } from './browser';

export { copyVendorScripts } from './chromium';

export type ViewportName = keyof typeof VIEWPORTS;

export interface Host {
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

/** A host file's address on the host origin, telling it where the story lives. */
const hostAddress = (file: string, query: string, site: string) => `${hostUrl(`/${file}`)}?site=${encodeURIComponent(site)}${query}`;

/** Open hosts/<file> on the host origin, telling it where the story lives. */
export async function openHost(browser: Browser, vp: ViewportName, file: string, query = '', site = siteUrl('')): Promise<Host> {
  const context = await browser.newContext(VIEWPORTS[vp]);
  const page = await context.newPage();
  const errors = watchErrors(page);
  // Not waiting for `load`, which also waits for every frame: tests wait for the states they need.
  await page.goto(hostAddress(file, query, site), { waitUntil: 'domcontentloaded' });
  return { page, errors, close: () => context.close() };
}

/** A tab kept open for the hosts that tests of one file open one after another at one size. */
export interface HostTab {
  /** Open hosts/<file> in the tab, as openHost does in a new context (the Host's close() blanks the tab). */
  open(file: string, query?: string, site?: string): Promise<Host>;
  /** Close the tab's context. */
  close(): Promise<void>;
}

/**
 * One kept tab (keptTab) for the hosts of a file at size `vp`: each host still loads as in a new
 * context (blank, cold cache, full size, its own errors), without a renderer process to start.
 */
export async function hostTab(browser: Browser, vp: ViewportName): Promise<HostTab> {
  const tab = await keptTab(browser, VIEWPORTS[vp]);
  return {
    async open(file, query = '', site = siteUrl('')) {
      const errors = await tab.fresh();
      await tab.page.goto(hostAddress(file, query, site), { waitUntil: 'domcontentloaded' });
      return { page: tab.page, errors, close: tab.blank };
    },
    close: tab.close
  };
}

/** The n-th embed iframe and its frame, once the story inside has hydrated. */
export async function embedFrame(page: Page, n = 0): Promise<{ iframe: ElementHandle<HTMLIFrameElement>; frame: Frame }> {
  await page.waitForFunction((i) => document.querySelectorAll('iframe').length > i, n);
  const iframe = (await page.$$('iframe'))[n] as ElementHandle<HTMLIFrameElement>;
  // Bring the iframe's top into view (a lazy frame loads, a frame below the fold renders), at 80%
  // of the viewport: below the trigger line, so no step is reached yet. Playwright's
  // scrollIntoViewIfNeeded centred the tall frame instead: the host stood at step 4 ('skim')
  // before a test had scrolled, and a reader-events test saw 'skim' announced first.
  await iframe.evaluate((f) => {
    const top = f.getBoundingClientRect().top;
    if (top > innerHeight * 0.8 || top < 0) window.scrollBy({ top: top - innerHeight * 0.8, behavior: 'instant' });
  });
  const frame = (await iframe.contentFrame())!;
  await frame.waitForSelector('[data-scroll-engine]:not([data-scroll-engine="none"])', { state: 'attached', timeout: 20_000 });
  return { iframe, frame };
}

export const engine = (frame: Frame) => frame.$eval('[data-scroll-engine]', (el) => el.getAttribute('data-scroll-engine'));
export const activeStep = (frame: Frame) => frame.$eval('[data-active-step]', (el) => Number(el.getAttribute('data-active-step')));

/** The iframe's height in the host and the embedded content's height (px). */
export async function heights(iframe: ElementHandle<HTMLIFrameElement>, frame: Frame) {
  const outer = await iframe.evaluate((f) => f.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => {
    const root = document.querySelector('[data-embed-root]')!;
    return root.getBoundingClientRect().bottom + window.scrollY;
  });
  return { outer, inner, error: Math.abs(outer - inner) };
}

/** Wait until the iframe's height matches its content within `tolerance` px; returns the error. */
export async function expectHeightMatches(iframe: ElementHandle<HTMLIFrameElement>, frame: Frame, tolerance = 2): Promise<number> {
  let last = await heights(iframe, frame);
  try {
    await expect.poll(async () => (last = await heights(iframe, frame)).error, { timeout: 15_000, interval: 100 }).toBeLessThanOrEqual(tolerance);
  } catch (e) {
    throw new Error(`iframe ${last.outer} px vs content ${last.inner} px`, { cause: e });
  }
  return last.error;
}

/** Each step's box in the embed's document px. */
export const stepBoxes = (frame: Frame) =>
  frame.$$eval('[data-step]', (els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top + window.scrollY, height: r.height };
    })
  );

/**
 * Scroll the HOST so the trigger line (trigger × host viewport height) sits halfway into step `i`
 * of the embed, then wait until the embed has applied a viewport for exactly this position and
 * names step `i`. Three calls to the browser (each costs ~7 ms of CPU across node and Chromium,
 * and walks make hundreds): the steps' boxes from the embed; the host scrolled, reading where the
 * iframe now stands, in one evaluate; one wait in the embed, listening (waitForMatch).
 */
export async function scrollHostToStep(iframe: ElementHandle<HTMLIFrameElement>, frame: Frame, i: number, trigger: number): Promise<void> {
  const box = (await stepBoxes(frame))[i];
  const top = await iframe.evaluate(
    (f, { top, height, trigger }) => {
      window.scrollTo(0, f.getBoundingClientRect().top + window.scrollY + top + height / 2 - window.innerHeight * trigger);
      return Math.round(f.getBoundingClientRect().top);
    },
    { ...box, trigger }
  );
  await waitForMatch(frame, `[data-host-top="${top}"][data-active-step="${i}"]`);
}

/** Scroll the host to the second step, the last and back to the first: the steps follow the host both ways. */
export async function followHostBothWays(iframe: ElementHandle<HTMLIFrameElement>, frame: Frame, trigger: number): Promise<void> {
  const n = await frame.$$eval('[data-step]', (els) => els.length);
  for (const i of [1, n - 1, 0]) await scrollHostToStep(iframe, frame, i, trigger);
}

/** The embed's graphic and scrolly section boxes in HOST viewport px. */
export async function graphicInHost(iframe: ElementHandle<HTMLIFrameElement>, frame: Frame) {
  const boxes = await frame.evaluate(() => {
    const box = (sel: string) => {
      const r = document.querySelector(sel)!.getBoundingClientRect();
      return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
    };
    // Is the active card's first line on top (not under the graphic)? The frame never scrolls,
    // so its document px are its viewport px.
    const card = document.querySelector('.step.active .card')!;
    const c = card.getBoundingClientRect();
    const hit = document.elementFromPoint(c.left + c.width / 2, c.top + 12);
    return { g: box('.scrolly .graphic'), s: box('.scrolly'), c: box('.step.active .card'), cardOnTop: !!hit && card.contains(hit) };
  });
  const f = await iframe.evaluate((el) => ({ top: el.getBoundingClientRect().top, vh: window.innerHeight }));
  return {
    top: f.top + boxes.g.top,
    bottom: f.top + boxes.g.bottom,
    sectionTop: f.top + boxes.s.top,
    sectionBottom: f.top + boxes.s.bottom,
    cardTop: f.top + boxes.c.top,
    cardOnTop: boxes.cardOnTop,
    vh: f.vh
  };
}

/**
 * Where `position: sticky; top: 0` would put the graphic: at the section's top until that
 * reaches the viewport's top, then held there until the section's end pushes it up.
 */
export const stickyTop = (g: { sectionTop: number; sectionBottom: number; top: number; bottom: number }) =>
  Math.min(Math.max(g.sectionTop, 0), g.sectionBottom - (g.bottom - g.top));

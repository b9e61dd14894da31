/** Debian's Chromium driven by playwright-core, with the flags this machine needs. */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Frame, type Page } from 'playwright-core';
import { inject, onTestFailed } from 'vitest';

export const VIEWPORTS = {
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 }
} satisfies Record<string, BrowserContextOptions>;

/**
 * The browser for a test file: a connection to the one Chromium the global setup started, so no
 * file pays for its own start-up. Each file still gets its own contexts, and `close()` drops only
 * this connection and the contexts it made; the shared Chromium keeps running for other files.
 */
export function launch(): Promise<Browser> {
  return chromium.connect(inject('browserWsEndpoint'));
}

export const siteUrl = (path = '/'): string => inject('siteUrl') + path;
export const hostUrl = (path = '/'): string => inject('hostUrl') + path;

/** Collects console errors and uncaught exceptions for a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** Wait until the scrolly root reports `index` as its active step (listening, not polling: waitForMatch). */
export function waitForActive(target: Page | Frame, index: number, timeout = 10_000): Promise<void> {
  return waitForMatch(target, `[data-active-step="${index}"]`, timeout);
}

/**
 * Open a page of the site; with JS, wait until a scroll engine runs; then for the fonts, so text
 * is measured as readers see it. `site`: another copy of the site (e.g. served under a sub-path).
 */
export async function openStory(page: Page, path = '/', { js = true, site = siteUrl('') } = {}): Promise<void> {
  await page.goto(site + path);
  if (js) await page.waitForSelector('[data-scroll-engine]:not([data-scroll-engine="none"])');
  await page.evaluate(() => document.fonts.ready);
}

/** A new context with `options`, its page open on the story; `errors` collects the page's errors. */
export async function storyPage(
  browser: Browser,
  options: BrowserContextOptions,
  path = '/',
  open: Parameters<typeof openStory>[2] = {}
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await openStory(page, path, open);
  return { context, page, errors };
}

/** What storyPage opens. */
export type StoryPage = Awaited<ReturnType<typeof storyPage>>;

/**
 * One context and page reused, each use as in a new context (`fresh()`): blank, its HTTP cache
 * emptied (the next document, its fonts and its map load cold), its window back to `options`' size,
 * and a new list of the console errors and uncaught exceptions from then on, which `fresh()`
 * returns. A new context and page cost ~0.45 CPU-s (a renderer process to start); a navigation in
 * a kept page does not. `prepare` runs on the context before its page opens (bindings, init scripts).
 */
export async function keptTab(browser: Browser, options: BrowserContextOptions, prepare?: (context: BrowserContext) => Promise<void>) {
  const context = await browser.newContext(options);
  await prepare?.(context);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  let errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const blank = async () => void (await page.goto('about:blank'));
  return {
    page,
    /** Leave the tab blank (its documents' last reports are heard by then). */
    blank,
    async fresh(): Promise<string[]> {
      await blank();
      await cdp.send('Network.clearBrowserCache');
      if (options.viewport) await page.setViewportSize(options.viewport);
      return (errors = []);
    },
    close: () => context.close()
  };
}

/** What keptTab opens. */
export type KeptTab = Awaited<ReturnType<typeof keptTab>>;

/** The scroll position at which the 60% trigger line is `progress` of the way through step i. */
export function stepProgressY(page: Page, i: number, progress: number): Promise<number> {
  return page.evaluate(
    ([i, p]) => {
      const r = document.querySelectorAll('[data-step]')[i].getBoundingClientRect();
      return Math.max(0, Math.round(window.scrollY + r.top + r.height * p - window.innerHeight * 0.6));
    },
    [i, progress] as const
  );
}

/**
 * Scroll to `y` at once, then wait until the engine has resynchronised progress from the steps' boxes
 * once the scroll rested (scrollama's own progress is quantised by observer thresholds:
 * data-scroll-synced) and step i is active.
 */
export async function scrollAndSync(page: Page, i: number, y: number): Promise<void> {
  await page.evaluate(
    (y) =>
      new Promise<void>((resolve) => {
        if (Math.abs(window.scrollY - y) < 0.25) return resolve();
        window.addEventListener('scroll', () => resolve(), { once: true });
        window.scrollTo({ top: y, behavior: 'instant' });
      }),
    y
  );
  await waitForMatch(page, `[data-active-step="${i}"][data-scroll-synced]`);
}

/**
 * Pages shared by the tests of a file (or a describe) that need the same page: `get(key, open)`
 * opens it the first time `key` is asked for and gives later tests the same one; `close()` (in an
 * afterAll) closes them all. A page load is most of a browser test's CPU: tests that only look at
 * the same edition and size need not each pay for one. A test that fails takes its page with it
 * (closed): its retry, and the tests after it, get a fresh one, never the state a failure left.
 */
export function pageCache<T extends { context: BrowserContext } = StoryPage>() {
  const pages = new Map<string, Promise<T>>();
  const drop = async (key: string) => {
    const p = pages.get(key);
    pages.delete(key);
    await (await p?.catch(() => undefined))?.context.close();
  };
  return {
    get(key: string, open: () => Promise<T>): Promise<T> {
      if (!pages.has(key)) pages.set(key, open());
      const page = pages.get(key)!;
      onTestFailed(() => (pages.get(key) === page ? drop(key) : undefined));
      return page;
    },
    async close(): Promise<void> {
      for (const key of [...pages.keys()]) await drop(key);
    }
  };
}

/**
 * Back at the top, as a page just opened there: the engine settled on the first step and the
 * frames after it drawn (a shared page starts each test from the state a fresh one would have).
 */
export async function backToTop(page: Page): Promise<void> {
  await scrollAndSync(page, 0, 0);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * Resize a story page to `viewport` and bring it back to the top (backToTop): one page checked at
 * several sizes instead of one load for each. Waits until the engine has re-measured the steps for
 * the new size: data-scroll-synced, cleared here, is set again by its resize handler.
 */
export async function resizeStory(page: Page, viewport: { width: number; height: number }): Promise<void> {
  const same = await page.evaluate(({ width, height }) => innerWidth === width && innerHeight === height, viewport);
  if (!same) {
    await waitForMatch(page, '[data-active-step][data-scroll-synced]');
    await page.$eval('[data-scroll-synced]', (el) => el.removeAttribute('data-scroll-synced'));
    await page.setViewportSize(viewport);
    await page.waitForFunction(({ width, height }) => innerWidth === width && innerHeight === height, viewport);
    await waitForMatch(page, '[data-active-step][data-scroll-synced]');
  }
  await backToTop(page);
}

/**
 * Wait until an element matches `selector`, without polling: checked now and again after each
 * change to the document's elements or attributes (a MutationObserver in the page). Playwright's
 * waits poll, waitForFunction on every animation frame, which makes the page draw frames (and the
 * test runner send messages) for as long as nothing changes: a scroll engine resting for 120 ms
 * before it re-measures costs a dozen. Fails after `timeout` ms, naming the selector.
 */
export async function waitForMatch(target: Page | Frame, selector: string, timeout = 30_000): Promise<void> {
  const missing = await target.evaluate(
    ({ selector, timeout }) =>
      new Promise<string | null>((resolve) => {
        if (document.querySelector(selector)) return resolve(null);
        const observer = new MutationObserver(() => {
          if (!document.querySelector(selector)) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(null);
        });
        observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true });
        const timer = setTimeout(() => {
          observer.disconnect();
          resolve(`no element matches ${selector} after ${timeout} ms`);
        }, timeout);
      }),
    { selector, timeout }
  );
  if (missing) throw new Error(missing);
}


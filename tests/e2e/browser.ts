/** Debian's Chromium driven by playwright-core, with the flags this machine needs. */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';

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

/** Wait until the scrolly root reports `index` as its active step. */
export async function waitForActive(page: Page, index: number, timeout = 10_000): Promise<void> {
  await page.waitForFunction((i) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === String(i), index, { timeout });
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
  await page.waitForSelector('[data-active-step][data-scroll-synced]', { state: 'attached' });
  await waitForActive(page, i);
}

/**
 * The Content-Security-Policy the build writes (scripts/csp.mjs: a <meta> per page, hashed from
 * its final HTML) with the deploy headers (scripts/deploy-headers.mjs), served with ONLY those
 * headers: every step of both editions, page and embed, light and dark, and the embed inside a
 * WordPress-style sandboxed iframe on another origin. Not one `securitypolicyviolation` in any
 * frame, not one console error. The cases run one after another in one tab (a context and page
 * each cost ~0.45 CPU-s more): each case starts blank with an emptied cache and its own
 * violations and errors, reported under its name. Steps are walked by setting the scroll and
 * waiting (in the page, on its attribute) for the active step, no more (the look of each step is
 * other files' business).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { TRIGGER } from '$lib/scroll/scrolly.svelte';
import { serveStatic } from '../../scripts/serve-static.mjs';
import { hostUrl, keptTab, launch, VIEWPORTS, waitForActive, type KeptTab } from './browser';
import { embedFrame, engine, scrollHostToStep } from './embed-hosts';
import { standInStatics } from './statics-stand-in';

let browser: Browser;
let site: string;
let server: { close(): void } | undefined;

beforeAll(async () => {
  browser = await launch();
  const s = await serveStatic(process.env.BUILD_DIR || 'build', { host: '127.0.0.1', deploy: true });
  server = s.server;
  site = s.url;
});
afterAll(async () => {
  server?.close();
  await browser?.close();
});

interface Watched {
  page: Page;
  violations: string[];
  errors: string[];
}

/** The one tab every case runs in (keptTab), and the case now hearing its violations and errors. */
let tab: KeptTab | undefined;
let current: Watched | undefined;

// Every frame's violations go to the case running at the time: the listener is installed in each
// document, sandboxed and cross-origin ones included, before any of its scripts run.
beforeAll(async () => {
  tab = await keptTab(browser, VIEWPORTS.desktop, async (context) => {
    await context.exposeBinding('__cspViolation', ({ frame }, v: string) => void current?.violations.push(`${frame.url()}: ${v}`));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const report = (window as unknown as { __cspViolation(v: string): void }).__cspViolation;
        report(`${e.effectiveDirective} refused ${e.blockedURI || '(inline)'} ${e.sample ? `"${e.sample}"` : ''} at ${e.sourceFile}:${e.lineNumber}`);
      });
    });
  });
});
afterAll(() => tab?.close());

/**
 * Run a case in the tab as in a context of its own: from a blank page, with an emptied cache, the
 * reader's `colorScheme`, its own violations and errors; blank again at its end, so whatever its
 * documents still report is heard before the checks. Whatever fails (a blocked script never
 * starts the story, and the wait for it times out), the violations are reported first, then the
 * errors, then the failure.
 */
async function inCase(colorScheme: 'light' | 'dark', body: (w: Watched) => Promise<void>): Promise<Counts> {
  const errors = await tab!.fresh();
  await tab!.page.emulateMedia({ colorScheme });
  const w: Watched = (current = { page: tab!.page, violations: [], errors });
  try {
    await body(w);
  } catch (e) {
    expect(w.violations, String(e)).toEqual([]);
    expect(w.errors, String(e)).toEqual([]);
    throw e;
  } finally {
    await tab!.blank();
  }
  expect(w.violations).toEqual([]);
  expect(w.errors).toEqual([]);
  return { violations: w.violations.length, errors: w.errors.length };
}

/** Scroll the story page so step i's top sits just above the trigger line; wait until it is the active step. */
async function walkPageToStep(page: Page, i: number): Promise<void> {
  await page.evaluate((i) => {
    const el = document.querySelectorAll('[data-step]')[i];
    window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - innerHeight * 0.45, behavior: 'instant' });
  }, i);
  await waitForActive(page, i);
}

/** Step count of the story in a document. */
const stepCount = (f: Page | Frame) => f.$$eval('[data-step]', (els) => els.length);

interface Counts {
  violations: number;
  errors: number;
}
/** What each case walked and heard, printed once at the end (the report's numbers). */
const counted: string[] = [];
const note = (what: string, steps: number, c: Counts) => counted.push(`${what}: ${steps} steps, ${c.violations} violations, ${c.errors} console errors`);
afterAll(() => console.log(counted.join('\n')));

const STARTED = '[data-scroll-engine]:not([data-scroll-engine="none"])';
const EDITIONS = ['/', '/ar/'];
const cases = EDITIONS.flatMap((edition) => (['light', 'dark'] as const).map((theme) => [edition, theme] as const));

describe('Content-Security-Policy under the deploy headers only', () => {
  it.each(cases)('story page %s, %s: every step, no violation, no error', async (edition, theme) => {
    let n = 0;
    const c = await inCase('light', async ({ page }) => {
      await page.goto(`${site}${edition}${theme === 'dark' ? '?theme=dark' : ''}`);
      await page.waitForSelector(STARTED, { timeout: 15_000 });
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(theme);
      n = await stepCount(page);
      expect(n).toBeGreaterThanOrEqual(7);
      for (let i = 0; i < n; i++) await walkPageToStep(page, i);
      await page.evaluate(() => document.fonts.ready);
    });
    note(`page ${edition} ${theme}`, n, c);
  });

  it('embed-code pages of both editions: no violation, no error', async () => {
    const c = await inCase('light', async ({ page }) => {
      // The linked still image names a static that `npm run statics` makes after the build: stood in
      // (for this case only: the route goes with it).
      await standInStatics(page);
      for (const edition of EDITIONS) {
        await page.goto(`${site}${edition}embed-code/`);
        // Its previews: the embed, framed by the snippet, each run up to its scroll engine.
        const figures = await page.$$eval('[data-preview-width]', (els) => els.length);
        expect(figures).toBeGreaterThan(0);
        await page.waitForFunction((n) => document.querySelectorAll('[data-preview-width] iframe').length === n, figures);
        const previews = await page.$$('[data-preview-width] iframe');
        for (const iframe of previews) {
          await iframe.scrollIntoViewIfNeeded();
          await (await iframe.contentFrame())!.waitForSelector('[data-scroll-engine="embed"]', { state: 'attached', timeout: 20_000 });
        }
        await page.evaluate(() => document.fonts.ready);
      }
      await page.unrouteAll();
    });
    note('embed-code / and /ar/ with their previews', 0, c);
  });

  // The host's own theme toggle (embed-theme.html) turns the embed dark without a reload: every
  // step down in light, then every step back up in dark, in one case per edition.
  it.each(EDITIONS)('embed %s by the snippet in a host page on another origin, light then dark: every step, no violation, no error', async (edition) => {
    let n = 0;
    const c = await inCase('light', async ({ page }) => {
      await page.goto(`${hostUrl('/embed-theme.html')}?site=${encodeURIComponent(site)}&edition=${edition}&embed-theme=light`, { waitUntil: 'domcontentloaded' });
      const { iframe, frame } = await embedFrame(page);
      expect(await engine(frame)).toBe('embed');
      n = await stepCount(frame);
      expect(n).toBeGreaterThanOrEqual(7);
      const scheme = () => frame.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
      expect(await scheme()).toBe('light');
      for (let i = 0; i < n; i++) await scrollHostToStep(iframe, frame, i, TRIGGER);
      await page.evaluate(() => (window as unknown as { setHostTheme(t: string): void }).setHostTheme('dark'));
      await frame.waitForFunction(() => getComputedStyle(document.documentElement).colorScheme === 'dark');
      for (let i = n - 1; i >= 0; i--) await scrollHostToStep(iframe, frame, i, TRIGGER);
      await frame.evaluate(() => document.fonts.ready);
    });
    note(`embed ${edition} light then dark`, n, c);
  });

  // As WordPress frames an oEmbed provider: sandbox="allow-scripts", an opaque origin, every load
  // cross-origin. The reader's theme (prefers-color-scheme) picks light or dark there.
  it.each([['/', 'light'], ['/ar/', 'dark']] as const)('embed %s, %s, in a sandboxed iframe on another origin: every step, no violation, no error', async (edition, theme) => {
    let n = 0;
    const c = await inCase(theme, async ({ page }) => {
      await page.goto(`${hostUrl('/embed-plain.html')}?site=${encodeURIComponent(site)}&edition=${edition}&sandbox=1`, { waitUntil: 'domcontentloaded' });
      const { frame } = await embedFrame(page);
      expect(await frame.evaluate(() => window.origin)).toBe('null');
      await frame.waitForSelector('svg[data-inline-sprite]', { state: 'attached' });
      const steps = await frame.$$('[data-step]');
      n = steps.length;
      expect(n).toBeGreaterThanOrEqual(7);
      for (const step of steps) await step.scrollIntoViewIfNeeded();
      expect(await frame.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(theme);
      await frame.evaluate(() => document.fonts.ready);
    });
    note(`sandboxed embed ${edition} ${theme}`, n, c);
  });
});

/**
 * The page as a reader scrolls it, in real Chromium at a phone and a desktop size: every step
 * down and back up, no layout shift while gliding through them, a fling, an anchor jump, a reload
 * mid-page, a resize mid-story, no console errors and no horizontal overflow from 320 to 1920 px.
 * Tests of one edition and size share its page (a load is most of a test's CPU): the glide, which
 * needs the page as loaded, runs first on it and ends at the top; the widths resize one page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { backToTop, launch, pageCache, resizeStory, siteUrl, storyPage, VIEWPORTS, waitForActive } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** Scroll so step i's top sits just above the trigger line, then wait for the page to settle there. */
async function scrollToStep(page: Page, i: number): Promise<void> {
  const y = await page.evaluate((i) => {
    const el = document.querySelectorAll('[data-step]')[i] as HTMLElement;
    const top = el.getBoundingClientRect().top + window.scrollY;
    return Math.max(0, Math.round(top - window.innerHeight * 0.45));
  }, i);
  await page.evaluate((y) => window.scrollTo({ top: y, behavior: 'instant' }), y);
  await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 2, y);
}

/** The step that should be active: the last whose top has passed 60% of the viewport. */
const expectedActive = (page: Page) =>
  page.evaluate(() => {
    const line = window.innerHeight * 0.6;
    let idx = 0;
    document.querySelectorAll('[data-step]').forEach((el, i) => {
      if (el.getBoundingClientRect().top <= line) idx = i;
    });
    return idx;
  });

const sceneShown = (page: Page) => page.$eval('.graphic [data-scene]', (el) => el.getAttribute('data-scene'));

for (const [name, options] of Object.entries(VIEWPORTS)) {
  describe(`scrolling on ${name}`, () => {
    // One page per edition at this size, shared by the tests below in this order; `errors` holds
    // every error since its load.
    const pages = pageCache();
    afterAll(() => pages.close());
    const story = (path: string) => pages.get(path, () => storyPage(browser, options, path));

    // First on its page: the glide starts from the page as loaded, at the top, and ends there.
    // The Arabic page on a phone too: its race clock's readings change width under a right-to-left
    // measure (a shift the bench found there, 0.011, and this walk did not see in English).
    it.each(name === 'phone' ? ['/', '/ar/'] : ['/'])('%s moves nothing on the page but what scrolls: no layout shift while gliding through every step', async (path) => {
      const { page, errors } = await story(path);
      await page.waitForSelector('[data-deck="ready"]', { state: 'attached' });
      await page.evaluate(() => {
        const w = window as unknown as { __shifts: string[] };
        w.__shifts = [];
        const describe = (n: Node | null) => (n instanceof Element ? `${n.tagName.toLowerCase()}.${n.getAttribute('class')?.split(' ')[0] ?? ''}` : n?.nodeName ?? '?');
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; sources: { node: Node | null }[] })[])
            w.__shifts.push(`${e.value.toFixed(5)} ${e.sources.map((s) => describe(s.node)).join(', ')}`);
        }).observe({ type: 'layout-shift' });
      });
      // Frame by frame, as a reader's scroll: every step passes through its whole progress.
      const glide = (target: number) =>
        page.evaluate(
          (target) =>
            new Promise<void>((done) => {
              const frame = () => {
                const y = window.scrollY;
                window.scrollTo({ top: Math.abs(target - y) <= 40 ? target : y + Math.sign(target - y) * 40, behavior: 'instant' });
                if (Math.abs(window.scrollY - target) <= 1) done();
                else requestAnimationFrame(frame);
              };
              requestAnimationFrame(frame);
            }),
          target
        );
      const bottom = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
      await glide(bottom);
      await glide(0);
      // Entries are delivered after the frame that shifted: one more frame so the last are in.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts)).toEqual([]);
      expect(errors).toEqual([]);
    });

    // The Arabic edition (right to left). The English page's walk down and back up, each step
    // active with its scene, is scenes.test.ts's (which also compares the frames both ways).
    it.each(['/ar/'])('%s activates every step going down and again going up, with its scene', async (path) => {
      const { page, errors } = await story(path);
      const steps = await page.$$eval('[data-step]', (els) => els.map((e) => e.getAttribute('data-step')));
      const scenes = await page.$$eval('[data-step]', (els) => els.map((e) => e.getAttribute('data-step-scene')));
      expect(steps.length).toBeGreaterThanOrEqual(7);
      const order = [...steps.keys(), ...[...steps.keys()].reverse()];
      for (const i of order) {
        await scrollToStep(page, i);
        await waitForActive(page, i);
        expect(await sceneShown(page), `step ${i}`).toBe(scenes[i]);
      }
      expect(errors).toEqual([]);
    });

    // Last on the English page: it reloads it.
    it('lands on the right step after a fling, an anchor jump and a reload mid-page', async () => {
      const { page, errors } = await story('/');
      const last = (await page.$$('[data-step]')).length - 1;

      // Fling: straight from the top to the last step in one jump.
      await backToTop(page);
      await scrollToStep(page, last);
      await waitForActive(page, last);

      // Reload mid-page: the step in view is the active one.
      await scrollToStep(page, 4);
      await waitForActive(page, 4);
      await page.reload();
      await page.waitForSelector('[data-scroll-engine="scrollama"]');
      await page.waitForFunction(() => window.scrollY > 200);
      const expected = await expectedActive(page);
      await waitForActive(page, expected);
      expect(expected).toBe(4);
      // Anchor jump to the range step (last: reloading a URL with a hash rightly goes to the hash).
      const rangeIndex = await page.$$eval('[data-step]', (els) => els.findIndex((e) => e.getAttribute('data-step') === 'range'));
      await page.goto(siteUrl('/#step-range'));
      // The browser scrolls the step to the top (desktop) or just under the phone's pinned graphic.
      await page.waitForFunction(() => {
        const top = document.getElementById('step-range')?.getBoundingClientRect().top ?? 1e9;
        return window.scrollY > 0 && top <= window.innerHeight * 0.6 + 2;
      });
      await waitForActive(page, rangeIndex);

      expect(errors).toEqual([]);
    });
  });
}

describe('layout', () => {
  // One page for this block: opened at the desktop size for the resize test, then resized to each
  // width for the overflow tests (each width's layout is the CSS's and the engine's after a resize).
  const pages = pageCache();
  afterAll(() => pages.close());
  const desktopPage = () => pages.get('desktop', () => storyPage(browser, VIEWPORTS.desktop));

  it('keeps the active step right after a desktop → phone resize mid-story', async () => {
    const { page } = await desktopPage();
    expect(page.viewportSize()).toEqual(VIEWPORTS.desktop.viewport);
    await scrollToStep(page, 5);
    await waitForActive(page, 5);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForFunction(() => window.innerWidth === 390);
    // Layout changed under the reader: the engine must agree with the boxes now on screen.
    await page.waitForFunction(() => {
      const line = window.innerHeight * 0.6;
      let idx = 0;
      document.querySelectorAll('[data-step]').forEach((el, i) => {
        if (el.getBoundingClientRect().top <= line) idx = i;
      });
      return document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === String(idx);
    });
  });

  it.each([320, 375, 390, 768, 1024, 1280, 1440, 1920])('has no horizontal overflow at %d px', async (width) => {
    const { page } = await desktopPage();
    // As a page opened at this width: at the top, the engine settled there.
    await resizeStory(page, { width, height: 800 });
    const scrollHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    for (const y of [0, scrollHeight * 0.35, scrollHeight * 0.7]) {
      await page.evaluate((y) => window.scrollTo({ top: y, behavior: 'instant' }), y);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `at ${width} px, scrolled to ${Math.round(y)}`).toBeLessThanOrEqual(0);
    }
  });
});

/**
 * The story with a keyboard only: Space, Page Down and the down arrow step through every step
 * (and back up), and the skip link moves focus past the graphics, visibly focused.
 *
 * Each key is pressed once at a time and the page is read at rest after every press. A walk goes
 * down from the top of the page, then up from its end (reached with End). Opening a page cost
 * more than most walks, so each edition at each size has one page, opened once: its walks take
 * turns in it, each back at the top with Home (step 0 active, scrollY 0, focus on the body) before
 * it starts. The English and Arabic pages, and the skip link's page, are used concurrently.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { storyPage, VIEWPORTS } from './browser';
import { LAUNCH_OPTIONS } from './chromium';
import { stepCount } from './a11y-helpers';

let browser: Browser;
beforeAll(async () => {
  // A Chromium of its own that scrolls a key press in one step instead of a ~170 ms animation:
  // the page is read at rest after every press either way (the animated path is the scroll tests' glide).
  browser = await chromium.launch({ ...LAUNCH_OPTIONS, args: [...LAUNCH_OPTIONS.args!, '--disable-smooth-scrolling'] });
});
afterAll(async () => browser?.close());

type Watch = { __ended: boolean; __scrolled: boolean; __arm: () => number };

/** Watch for the end of the next scroll (armed before a key is pressed: it may end quickly). The
 *  page keeps the arming function: `settle` arms the next press itself, one round trip a press. */
const armScrollEnd = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as Watch;
    w.__arm = () => {
      w.__ended = w.__scrolled = false;
      addEventListener('scroll', () => (w.__scrolled = true), { once: true });
      addEventListener('scrollend', () => (w.__ended = true), { once: true });
      return scrollY;
    };
    return w.__arm();
  });

interface Settled {
  moved: boolean;
  atEdge: boolean;
  /** The step the engine names once the page is at rest (it must match the steps' boxes). */
  now: number;
  /** scrollY at rest, with the watch armed again for the next press (one round trip a press, not two). */
  before: number;
}

/**
 * In the page, after a press: wait until the scroll it started has ended ('scrollend', once per
 * press; a press at the very top or bottom never scrolls: no scroll event for 30 frames); then
 * until the engine names the step whose top last passed the trigger line (60% down).
 */
const settle = (page: Page, before: number): Promise<Settled> =>
  page.evaluate(async (before) => {
    const w = window as unknown as Watch;
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const deadline = performance.now() + 10_000;
    for (let quiet = 0; !w.__ended && performance.now() < deadline; ) {
      await frame();
      quiet = w.__scrolled || Math.abs(scrollY - before) >= 1 ? 0 : quiet + 1;
      if (quiet >= 30) break;
    }
    let now = 0;
    document.querySelectorAll('[data-step]').forEach((el, k) => {
      if (el.getBoundingClientRect().top <= innerHeight * 0.6) now = k;
    });
    const active = () => document.querySelector('[data-active-step]')?.getAttribute('data-active-step');
    while (active() !== String(now)) {
      if (performance.now() > deadline + 10_000) throw new Error(`step ${now} is in place but the page says ${active()}`);
      await frame();
    }
    return {
      moved: Math.abs(scrollY - before) >= 1,
      atEdge: scrollY <= 0 || scrollY >= document.documentElement.scrollHeight - innerHeight - 1,
      now,
      before: w.__arm()
    };
  }, before);

const active = (page: Page) => page.$eval('[data-active-step]', (el) => Number(el.getAttribute('data-active-step')));

/** Press `key` until the page stops moving or `until` holds; returns every active step seen at rest, in order. */
async function walk(page: Page, key: string, until: (seen: number[]) => boolean, limit = 600): Promise<number[]> {
  const seen = [await active(page)];
  let before = await armScrollEnd(page);
  for (let i = 0; i < limit && !until(seen); i++) {
    await page.keyboard.press(key);
    const settled = await settle(page, before);
    if (!settled.moved && settled.atEdge) break;
    if (settled.now !== seen.at(-1)) seen.push(settled.now);
    before = settled.before;
  }
  return seen;
}

// The phone size as a keyboard reader has it: a narrow (or 400%-zoomed) desktop window, no touch
// screen, one device pixel per CSS pixel; each press repaints the page, and at a phone's 2x that
// was four times the raster work for the same check.
const SIZES = { phone: { viewport: VIEWPORTS.phone.viewport }, desktop: VIEWPORTS.desktop };

/** Press `key` once and read the page at rest. */
async function pressAndSettle(page: Page, key: string): Promise<Settled> {
  const before = await armScrollEnd(page);
  await page.keyboard.press(key);
  return settle(page, before);
}

/**
 * One page of the story, opened at its first use and shared by the walks of one edition at one
 * size: they take turns (each from the top of the page, which it reaches with Home), so a test's
 * time includes its wait for the page. Opening it cost more than a short walk.
 */
function sharedStory(options: BrowserContextOptions, path: string) {
  let opened: ReturnType<typeof storyPage> | undefined;
  let turns: Promise<unknown> = Promise.resolve();
  return {
    inTurn<T>(use: (page: Page) => Promise<T>): Promise<T> {
      const turn = turns.then(async () => use((await (opened ??= storyPage(browser, options, path))).page));
      turns = turn.catch(() => undefined);
      return turn;
    },
    close: async () => opened && (await opened).context.close()
  };
}

for (const [name, options] of Object.entries(SIZES)) {
  describe.concurrent(`keyboard on ${name}`, () => {
    // Every key on the English page; on the Arabic one (laid out right to left, scrolled the same way)
    // the two paging keys: its ArrowDown walk took the file from 27 to 44 s in a full run.
    const WALKS = [['Space', 'Shift+Space', '/'], ['PageDown', 'PageUp', '/'], ['ArrowDown', 'ArrowUp', '/'], ['Space', 'Shift+Space', '/ar/'], ['PageDown', 'PageUp', '/ar/']];
    const stories = { '/': sharedStory(options, '/'), '/ar/': sharedStory(options, '/ar/') };
    afterAll(() => Promise.all(Object.values(stories).map((s) => s.close())));
    for (const [down, up, path] of WALKS) {
      // The timeout covers the walks before this one in the same page (the three English ones).
      it(`${path}: ${down} goes through every step in order and ${up} comes back`, () =>
        stories[path as keyof typeof stories].inTurn(async (page) => {
          const n = await stepCount(page);
          const last = n - 1;
          const bodyHasFocus = () => page.evaluate(() => document.activeElement === document.body);
          // From the top, as the page loads: the first walk finds it there, the next ones go back with Home (a key too).
          if (await page.evaluate(() => scrollY > 0)) await pressAndSettle(page, 'Home');
          expect(await page.evaluate(() => scrollY), 'scrollY at the top').toBe(0);
          expect(await active(page), 'active step at the top').toBe(0);
          // Keys go to the page, not to a focused control.
          expect(await bodyHasFocus(), `focus before ${down}`).toBe(true);
          expect(await walk(page, down, (s) => s.at(-1) === last), `steps seen with ${down}`).toEqual([...Array(n).keys()]);
          expect(await bodyHasFocus(), `focus before ${up}`).toBe(true);
          // From the end of the page (End, a key too), where the last step is the active one.
          expect((await pressAndSettle(page, 'End')).now, 'active step after End').toBe(last);
          expect(await walk(page, up, (s) => s.at(-1) === 0 && s.length > 1), `steps seen with ${up}`).toEqual([...Array(n).keys()].reverse());
        }), 480_000);
    }

    it('has a visibly focused skip link that moves focus past the graphics', async () => {
      // A page of its own: the reader's first Tabs, from the top of a page nothing has focused yet.
      const { context, page } = await storyPage(browser, options);
      // Tab from the top of the page until the skip link has focus.
      let found = false;
      for (let i = 0; i < 30 && !found; i++) {
        await page.keyboard.press('Tab');
        found = await page.evaluate(() => document.activeElement?.matches('a[href="#after-graphics"]') ?? false);
      }
      expect(found).toBe(true);
      const ring = await page.evaluate(() => {
        const s = getComputedStyle(document.activeElement!);
        return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), visible: document.activeElement!.getBoundingClientRect().height > 0 };
      });
      expect(ring.style).not.toBe('none');
      expect(ring.width).toBeGreaterThanOrEqual(2);
      expect(ring.visible).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'after-graphics');
      // Focus and view are past the scrolly: its bottom is above the focused block's top.
      const where = await page.evaluate(() => {
        const target = document.getElementById('after-graphics')!.getBoundingClientRect();
        const scrolly = document.querySelector('.scrolly')!.getBoundingClientRect();
        return { targetTop: target.top, scrollyBottom: scrolly.bottom, vh: innerHeight };
      });
      expect(where.scrollyBottom).toBeLessThanOrEqual(where.targetTop + 1);
      expect(where.targetTop).toBeGreaterThanOrEqual(-1);
      expect(where.targetTop).toBeLessThan(where.vh);
      // The next Tab lands after the graphics, not back inside the steps.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !document.activeElement?.closest('.scrolly'))).toBe(true);
      await context.close();
    }, 120_000);
  });
}

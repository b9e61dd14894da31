/**
 * The story with a keyboard only: Space, Page Down and the down arrow step through every step
 * (and back up), and the skip link moves focus past the graphics, visibly focused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, storyPage, VIEWPORTS, waitForActive } from './browser';
import { stepCount } from './a11y-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** Press `key` and wait for the scroll it starts to end; false when the page did not move. */
async function pressAndSettle(page: Page, key: string): Promise<boolean> {
  const before = await page.evaluate(() => {
    // Keyboard scrolling may be animated: 'scrollend' marks its end (once per press).
    (window as unknown as { __ended: Promise<void> }).__ended = new Promise((done) => addEventListener('scrollend', () => done(), { once: true }));
    return scrollY;
  });
  await page.keyboard.press(key);
  // On a busy machine the scroll can take a while to start and end; a press at the very top or
  // bottom never scrolls, so a missing 'scrollend' alone says nothing.
  await page
    .waitForFunction(() => (window as unknown as { __ended: Promise<void> }).__ended.then(() => true), null, { timeout: 10_000 })
    .catch(() => null);
  return page.evaluate((y) => Math.abs(scrollY - y) >= 1, before);
}

/** At the top or the bottom of the page, where a key cannot scroll any further. */
const atEdge = (page: Page) =>
  page.evaluate(() => scrollY <= 0 || scrollY >= document.documentElement.scrollHeight - innerHeight - 1);

const active = (page: Page) => page.$eval('[data-active-step]', (el) => Number(el.getAttribute('data-active-step')));

/** Press `key` until the page stops moving or `until` holds; returns every active step seen, in order. */
async function walk(page: Page, key: string, until: (seen: number[]) => boolean, limit = 600): Promise<number[]> {
  const seen = [await active(page)];
  for (let i = 0; i < limit && !until(seen); i++) {
    if (!(await pressAndSettle(page, key)) && (await atEdge(page))) break;
    // The story settles on the last step whose top has passed the trigger line (60% down).
    const now = await page.evaluate(() => {
      let i = 0;
      document.querySelectorAll('[data-step]').forEach((el, k) => {
        if (el.getBoundingClientRect().top <= innerHeight * 0.6) i = k;
      });
      return i;
    });
    await waitForActive(page, now);
    if (now !== seen.at(-1)) seen.push(now);
  }
  return seen;
}

for (const [name, options] of Object.entries(VIEWPORTS)) {
  describe(`keyboard on ${name}`, () => {
    for (const [down, up] of [['Space', 'Shift+Space'], ['PageDown', 'PageUp'], ['ArrowDown', 'ArrowUp']]) {
      it(`${down} goes through every step in order and ${up} comes back`, async () => {
        const { context, page } = await storyPage(browser, options);
        const n = await stepCount(page);
        // Keys go to the page, not to a focused control.
        expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
        const last = n - 1;
        const downSeen = await walk(page, down, (s) => s.at(-1) === last);
        expect(downSeen).toEqual([...Array(n).keys()]);
        const upSeen = await walk(page, up, (s) => s.at(-1) === 0 && s.length > 1);
        expect(upSeen).toEqual([...Array(n).keys()].reverse());
        await context.close();
      }, 240_000);
    }

    it('has a visibly focused skip link that moves focus past the graphics', async () => {
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

/**
 * prefers-reduced-motion: reduce — nothing animates (no CSS or Web Animations running, no
 * JS-driven change from one frame to the next) and each step's graphic shows its end state
 * wherever the reader is within the step. The control (with motion allowed, graphics move) runs on
 * the English page of the same size once its reduced-motion walk is done, the preference switched
 * (the page follows it live), from the top: one load fewer per size.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { backToTop, launch, pageCache, storyPage, VIEWPORTS, waitForActive } from './browser';
import { frames, scrollToStep, stepCount } from './a11y-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const drawn = (page: Page) => page.$eval('.graphic [data-scene]', (el) => el.outerHTML);
const running = (page: Page) =>
  page.evaluate(() =>
    document.getAnimations().filter((a) => a.playState === 'running').map((a) => {
      const t = (a.effect as KeyframeEffect | null)?.target as Element | null;
      return `${a.constructor.name} ${(a as CSSTransition).transitionProperty ?? (a as CSSAnimation).animationName ?? ''} on ${t?.tagName ?? '?'}.${t?.className ?? ''}`;
    })
  );
/** Elements of the page whose CSS would animate if triggered. */
const animatable = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *')].filter((el) => {
      const s = getComputedStyle(el);
      const long = (v: string) => v.split(',').some((d) => parseFloat(d) > 0.01);
      return (s.animationName !== 'none' && long(s.animationDuration)) || long(s.transitionDuration);
    }).map((el) => `${el.tagName}.${el.className}`)
  );

/** The graphic at step i entering (10% in) and leaving (90% in), and one frame apart. */
async function states(page: Page, i: number) {
  await scrollToStep(page, i, 0.1);
  await waitForActive(page, i);
  await frames(page);
  const early = await drawn(page);
  const runningEarly = await running(page);
  await frames(page, 10);
  const later = await drawn(page);
  await scrollToStep(page, i, 0.9);
  await waitForActive(page, i);
  await frames(page);
  return { early, later, end: await drawn(page), running: [...runningEarly, ...(await running(page))] };
}

for (const [name, options] of Object.entries(VIEWPORTS)) {
  describe(`reduced motion on ${name}`, () => {
    // Each edition's page, opened with reduced motion; the English one is the control's afterwards.
    const pages = pageCache();
    afterAll(() => pages.close());
    const reduced = (path: string) => pages.get(path, () => storyPage(browser, { ...options, reducedMotion: 'reduce' }, path));

    // Every edition: English at /, Arabic (right to left) at /ar/.
    it.each(['/', '/ar/'])('%s runs no animation and shows every step at its end state', async (path) => {
      const { page } = await reduced(path);
      expect(await animatable(page)).toEqual([]);
      const n = await stepCount(page);
      const found: Record<string, string[]> = {};
      for (const i of [...Array(n).keys()]) {
        const s = await states(page, i);
        const p = [...s.running];
        if (s.early !== s.later) p.push('the graphic changed between frames while the page stood still');
        if (s.early !== s.end) p.push('the graphic differs between the start and the end of the step');
        if (p.length) found[`step ${i}`] = p;
      }
      expect(found).toEqual({});
      expect(await running(page)).toEqual([]);
    }, 240_000);

    it('(control) with motion allowed, the graphics do move with the scroll', async () => {
      const { page } = await reduced('/');
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      await page.waitForFunction(() => !matchMedia('(prefers-reduced-motion: reduce)').matches);
      await backToTop(page);
      const n = await stepCount(page);
      // One step whose graphic moves proves the control: the walk stops there.
      let moving = -1;
      for (let i = 0; i < n && moving < 0; i++) if ((s => s.early !== s.end)(await states(page, i))) moving = i;
      expect(moving).toBeGreaterThanOrEqual(0);
    }, 240_000);
  });
}

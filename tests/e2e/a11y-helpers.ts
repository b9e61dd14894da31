/** Helpers shared by the accessibility browser tests (axe, keyboard, motion, print, zoom, no-JS). */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];

export { openStory } from './browser';

/** How many steps the page has. */
export const stepCount = (page: Page): Promise<number> => page.$$eval('[data-step]', (els) => els.length);

/** Scroll so step i's middle sits on the trigger line (60% down), and wait for that position. */
export async function scrollToStep(page: Page, i: number, at = 0.5): Promise<void> {
  const y = await page.evaluate(([i, at]) => {
    const el = document.querySelectorAll('[data-step]')[i] as HTMLElement;
    const r = el.getBoundingClientRect();
    const max = document.documentElement.scrollHeight - innerHeight;
    return Math.round(Math.max(0, Math.min(max, scrollY + r.top + r.height * at - innerHeight * 0.6)));
  }, [i, at] as const);
  await page.evaluate((y) => window.scrollTo({ top: y, behavior: 'instant' }), y);
  await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 2, y);
}

/** Wait for n animation frames (lets a state render; never used as a timing guess). */
export const frames = (page: Page, n = 2): Promise<void> =>
  page.evaluate((n) => new Promise<void>((done) => {
    const tick = (left: number) => (left ? requestAnimationFrame(() => tick(left - 1)) : done());
    tick(n);
  }), n);

/** axe violations as short readable lines ("rule: target – summary"), empty when clean. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Judge the settled state: let any running transition reach its end first.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => null))));
  const result = await new AxeBuilder({ page: page as never }).withTags(AXE_TAGS).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} – ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`));
}

/** Content that sticks out of the viewport sideways, or text cut off by an ancestor's overflow. */
export function lostContent(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1) out.push(`page scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth}`);
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.classList.length ? '.' + [...el.classList].join('.') : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const texts = document.querySelectorAll('h1, h2, h3, p, li, a, time, figcaption, button, summary, dt, dd, td, th');
    for (const el of texts) {
      if (el.closest('.sr-only, [aria-hidden="true"] svg, svg')) continue;
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height || getComputedStyle(el).visibility === 'hidden') continue;
      if (r.left < -1 || r.right > doc.clientWidth + 1) out.push(`off screen sideways: ${name(el)} (${Math.round(r.left)}–${Math.round(r.right)})`);
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') out.push(`text clipped: ${name(el)}`);
      // An ancestor that clips (overflow hidden/clip) must contain the whole text box.
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        if (a.scrollHeight > a.clientHeight + 1 && (s.overflowY === 'hidden' || s.overflowY === 'clip')) {
          const ar = a.getBoundingClientRect();
          if (r.bottom > ar.bottom + 1 || r.top < ar.top - 1) out.push(`text cut by ${name(a)}: ${name(el)}`);
        }
        break;
      }
    }
    return out;
  });
}

/**
 * forced-colors: active (Windows High Contrast and similar): at every step the graphic's lines
 * and labels use system colours, the missile's ring is in Highlight, and marks drawn as HTML
 * boxes (bars, rails, tally marks) keep a fill instead of melting into the background.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, storyPage, VIEWPORTS, waitForActive } from './browser';
import { frames, scrollToStep, stepCount } from './a11y-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** In normal colours: tag the graphic's text-free, filled HTML boxes (its data marks). */
const tagMarks = (page: Page) =>
  page.evaluate(() => {
    const opaque = (c: string) => c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c);
    let n = 0;
    for (const el of document.querySelectorAll<HTMLElement>('.graphic [data-scene] *')) {
      if (el.closest('svg') || el.textContent?.trim()) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 2 || r.height < 2) continue;
      const s = getComputedStyle(el);
      if (opaque(s.backgroundColor) || s.backgroundImage !== 'none') {
        el.dataset.testMark = '';
        n++;
      }
    }
    return n;
  });

/** In forced colours: what is drawn in a non-system colour, or disappears. */
const problems = (page: Page) =>
  page.evaluate(() => {
    const probe = document.createElement('div');
    document.body.append(probe);
    const sys = (c: string) => ((probe.style.color = c), getComputedStyle(probe).color);
    const canvas = sys('Canvas'), text = sys('CanvasText'), highlight = sys('Highlight'), gray = sys('GrayText');
    probe.remove();
    const out: string[] = [];
    const stage = document.querySelector('.graphic [data-scene]')!;
    const name = (el: Element) => `${stage.getAttribute('data-scene')}: ${el.tagName.toLowerCase()}.${[...el.classList].filter((c) => !c.startsWith('svelte-')).join('.')}`;
    const shown = (el: Element) => {
      const s = getComputedStyle(el);
      return s.display !== 'none' && s.visibility !== 'hidden' && parseFloat(s.opacity) > 0;
    };
    for (const el of stage.querySelectorAll<SVGGraphicsElement>('svg *')) {
      if (!shown(el) || el.closest('defs, clipPath, mask, [style*="opacity: 0;"]')) continue;
      const s = getComputedStyle(el);
      if (el instanceof SVGTextElement) {
        if (s.fill !== text && s.fill !== highlight) out.push(`${name(el)} text fill ${s.fill}`);
      } else if (s.stroke !== 'none' && parseFloat(s.strokeWidth) > 0 && !(el instanceof SVGTSpanElement) && !(el instanceof SVGGElement)) {
        if (![text, highlight, gray].includes(s.stroke)) out.push(`${name(el)} stroke ${s.stroke}`);
      }
    }
    for (const el of stage.querySelectorAll('[data-ring-from], .main-ring, .outline')) {
      if (shown(el) && getComputedStyle(el).stroke !== highlight) out.push(`${name(el)} ring not in Highlight`);
    }
    for (const el of stage.querySelectorAll<HTMLElement>('[data-test-mark]')) {
      const s = getComputedStyle(el);
      const filled = s.backgroundColor !== canvas && !/rgba\(.*,\s*0\)$/.test(s.backgroundColor);
      if (!filled && s.backgroundImage === 'none') out.push(`${name(el)} mark lost its fill (${s.backgroundColor})`);
    }
    return out;
  });

for (const [name, options] of Object.entries(VIEWPORTS)) {
  describe(`forced colours on ${name}`, () => {
    it('keeps lines, labels, the ring and the marks visible at every step', async () => {
      const { context, page } = await storyPage(browser, options);
      const n = await stepCount(page);
      const found: Record<string, string[]> = {};
      let rings = 0;
      for (let i = 0; i < n; i++) {
        await page.emulateMedia({ forcedColors: 'none' });
        await scrollToStep(page, i, 0.9);
        await waitForActive(page, i);
        await frames(page);
        await tagMarks(page);
        await page.emulateMedia({ forcedColors: 'active' });
        await frames(page);
        rings += await page.$$eval('.graphic [data-ring-from], .graphic .main-ring', (els) => els.length);
        const p = await problems(page);
        if (p.length) found[`step ${i}`] = [...new Set(p)];
      }
      expect(found).toEqual({});
      expect(rings).toBeGreaterThan(0);
      await context.close();
    }, 240_000);
  });
}

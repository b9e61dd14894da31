/** Printing the story: the steps in sequence, each with its own graphic, and a working PDF. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, storyPage, VIEWPORTS } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('print', () => {
  // Every edition: English at /, Arabic (right to left) at /ar/.
  it.each(['/', '/ar/'])('%s lays out every step with its graphic, in order, and prints to PDF', async (path) => {
    const { context, page } = await storyPage(browser, VIEWPORTS.desktop, path);
    // Mid-story, as a reader might print.
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight / 2, behavior: 'instant' }));
    // With JavaScript the steps' own graphics are drawn only when the page goes to print.
    expect(await page.locator('.inline-graphic').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    const count = await page.locator('[data-step]').count();
    await page.waitForFunction((n) => document.querySelectorAll('.inline-graphic [data-scene]').length === n, count);
    const steps = await page.$$eval('[data-step]', (els) =>
      els.map((el) => {
        const card = el.querySelector('.card')!.getBoundingClientRect();
        const g = el.querySelector('.inline-graphic [data-scene]')?.getBoundingClientRect();
        return {
          cardTop: card.top + scrollY, cardBottom: card.bottom + scrollY, position: getComputedStyle(el.querySelector('.card')!).position,
          graphicTop: g ? g.top + scrollY : -1, graphicArea: g ? g.width * g.height : 0,
          widthShare: g ? g.width / el.getBoundingClientRect().width : 0, breakInside: getComputedStyle(el).breakInside
        };
      })
    );
    expect(steps.length).toBeGreaterThan(5);
    let bottom = -Infinity;
    for (const s of steps) {
      expect(s.position).toBe('static');
      expect(s.graphicArea).toBeGreaterThan(200 * 150);
      // Across the text's width, not a third of it; never split from its step.
      expect(s.widthShare).toBeGreaterThan(0.95);
      expect(s.breakInside).toBe('avoid');
      expect(s.graphicTop).toBeGreaterThanOrEqual(s.cardBottom - 1);
      expect(s.cardTop).toBeGreaterThan(bottom);
      bottom = s.graphicTop;
    }
    expect(await page.locator('.graphic').isVisible()).toBe(false);
    expect(await page.locator('a[href="#after-graphics"]').isVisible()).toBe(false);
    // Sources print their addresses.
    const after = await page.$eval('.sources a[href^="http"]', (a) => getComputedStyle(a, '::after').content);
    expect(after).toMatch(/attr\(href\)|http/);

    // Steps share pages where they fit (two a page for most), so the headline's and the sources' pages
    // included there are no more pages than steps (A4: 8 for 9 steps; Letter: 9).
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
      expect(pages, format).toBeGreaterThanOrEqual(Math.ceil(steps.length / 3));
      expect(pages, format).toBeLessThanOrEqual(steps.length);
    }
    await context.close();
  }, 120_000);
});

/**
 * WCAG 1.4.4 and 1.4.10: text resized to 200%, and the page zoomed to 400% (a 1280 × 1024 screen
 * seen as 320 × 256 CSS px), lose no content — nothing runs off sideways or is cut off — at the
 * top, at every step and at the end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { launch, VIEWPORTS, waitForActive } from './browser';
import { lostContent, openStory, scrollToStep, stepCount, frames } from './a11y-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const ZOOM_400 = { viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 };
const CASES: [string, BrowserContextOptions, boolean, string][] = [
  ['a phone at 100%', VIEWPORTS.phone, false, '/'],
  ['a desktop at 100%', VIEWPORTS.desktop, false, '/'],
  ['zoom 400% (320 × 256)', ZOOM_400, false, '/'],
  ['text 200% on a phone', VIEWPORTS.phone, true, '/'],
  ['text 200% on a desktop', VIEWPORTS.desktop, true, '/'],
  // The Arabic edition: longer words in a wider script, mirrored columns.
  ['/ar/ zoom 400% (320 × 256)', ZOOM_400, false, '/ar/'],
  ['/ar/ text 200% on a phone', VIEWPORTS.phone, true, '/ar/'],
  ['/ar/ text 200% on a desktop', VIEWPORTS.desktop, true, '/ar/']
];

// A page per case, each loaded at its size and text size: text at 200% makes a phone's viewport
// short in em (34em), and the page reads that at its first render to hydrate the stacked layout's
// graphics (Scrolly.svelte); resizing the text of a loaded page would take another path.
for (const [name, options, bigText, path] of CASES) {
  describe(name, () => {
    it('loses no content at the top, at any step or at the end', async () => {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      // Text resize: the reader's default font size doubled, as in the browser's settings
      // (rem, em and em-based media queries all follow it).
      if (bigText) await (await context.newCDPSession(page)).send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
      await openStory(page, path);
      if (bigText) expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
      await frames(page);
      const found: Record<string, string[]> = {};
      const check = async (where: string) => {
        const lost = await lostContent(page);
        if (lost.length) found[where] = lost;
      };
      await check('top');
      const n = await stepCount(page);
      for (let i = 0; i < n; i++) {
        await scrollToStep(page, i);
        await waitForActive(page, i);
        await frames(page);
        await check(`step ${i}`);
      }
      await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
      await check('end');
      expect(found).toEqual({});
      await context.close();
    }, 180_000);
  });
}

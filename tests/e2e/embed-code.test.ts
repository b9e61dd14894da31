/** The editors' embed-code page: the code copies, and the three previews are live embeds. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, siteUrl, watchErrors } from './browser';
import { loadStoryView } from '$lib/server/story';
import { snippetCode } from '$lib/embed/codes';
import { expectHeightMatches } from './embed-hosts';
import { standInStatics } from './statics-stand-in';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('embed-code page', () => {
  it('copies the snippet and previews the embed at 320, 600 and 1000 px', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl('') });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await standInStatics(page);
    try {
      await page.goto(siteUrl('/embed-code/'));
      await page.getByRole('button', { name: 'Copy embed code' }).click();
      await page.waitForFunction(() => document.querySelector('[role="status"]')?.textContent?.includes('copied'));
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippetCode(loadStoryView().meta));

      for (const width of [320, 600, 1000]) {
        const iframe = (await page.waitForSelector(`[data-preview-width="${width}"] iframe`))!;
        await iframe.scrollIntoViewIfNeeded();
        expect(Math.round(await iframe.evaluate((f) => f.getBoundingClientRect().width))).toBe(width);
        const frame = (await iframe.contentFrame())!;
        await frame.waitForSelector('[data-scroll-engine="embed"]', { state: 'attached', timeout: 20_000 });
        await expectHeightMatches(iframe as never, frame);
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/**
 * Light and dark in the real browser: the page follows the reader's preference; the theme is known
 * before the first paint (no script of the app needed, nor any with JS off); an embed takes the
 * theme its host asks for (?theme= in the address, data-theme on the snippet's element), paints
 * its own background, and follows the host's toggle mid-story, in the frame after the message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Frame, Page } from 'playwright-core';
import { launch, siteUrl, storyPage, VIEWPORTS } from './browser';
import { activeStep, copyVendorScripts, embedFrame, openHost, scrollHostToStep } from './embed-hosts';
import { parseColour } from '$lib/theme/contrast';
import { themeValues } from '$lib/theme/theme-css';
import { TRIGGER } from '$lib/scroll/scrolly.svelte';

let browser: Browser;
beforeAll(async () => {
  copyVendorScripts();
  browser = await launch();
});
afterAll(async () => browser?.close());

/** A token's value as getComputedStyle writes it. */
const rgb = (theme: 'light' | 'dark', token: 'paper' | 'sea') => {
  const [r, g, b] = parseColour(themeValues(theme)[token])!;
  return `rgb(${r}, ${g}, ${b})`;
};
const pageBackground = (p: Page | Frame) => p.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

async function open(options: BrowserContextOptions) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  return { context, page };
}

describe('the page', () => {
  it("follows the reader's preference", async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { context, page } = await storyPage(browser, { ...VIEWPORTS.desktop, colorScheme: scheme });
      expect(await pageBackground(page)).toBe(rgb(scheme, 'paper'));
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(scheme);
      await context.close();
    }
  });

  it('is dark from the first paint with JavaScript off (the theme is CSS, not a script)', async () => {
    const { context, page } = await open({ ...VIEWPORTS.phone, colorScheme: 'dark', javaScriptEnabled: false });
    await page.goto(siteUrl('/'));
    expect(await pageBackground(page)).toBe(rgb('dark', 'paper'));
    // Print stays light whatever the preference.
    await page.emulateMedia({ media: 'print' });
    expect(await pageBackground(page)).toBe('rgb(255, 255, 255)');
    await context.close();
  });

  it('takes ?theme= before any of the app’s scripts has run (no flash of the other theme)', async () => {
    for (const [scheme, asked] of [['light', 'dark'], ['dark', 'light']] as const) {
      const { context, page } = await open({ ...VIEWPORTS.desktop, colorScheme: scheme });
      // The app's bundle never arrives: whatever the page shows comes from the HTML and CSS alone.
      await page.route('**/_app/**/*.js', (r) => r.abort());
      for (const path of ['/', '/embed/']) {
        await page.goto(siteUrl(`${path}?theme=${asked}`));
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(asked);
        expect(await pageBackground(page), `${path} asked ${asked} on ${scheme}`).toBe(rgb(asked, 'paper'));
      }
      await context.close();
    }
  });

  it('ignores a theme it does not know', async () => {
    const { context, page } = await storyPage(browser, { ...VIEWPORTS.desktop, colorScheme: 'dark' }, '/?theme=sepia');
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-theme'))).toBe(false);
    expect(await pageBackground(page)).toBe(rgb('dark', 'paper'));
    await context.close();
  });
});

describe('an embed', () => {
  it('on a light host, a plain iframe with ?theme=dark paints the dark story on its own background', async () => {
    const h = await openHost(browser, 'desktop', 'embed-theme.html', '&kind=iframe&embed-theme=dark');
    const { frame } = await embedFrame(h.page);
    expect(await h.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(await pageBackground(frame)).toBe(rgb('dark', 'paper'));
    expect(h.errors).toEqual([]);
    await h.close();
  });

  it("the snippet passes its element's data-theme in the iframe's address", async () => {
    const h = await openHost(browser, 'phone', 'embed-theme.html', '&embed-theme=dark');
    const { iframe, frame } = await embedFrame(h.page);
    expect(new URL(await iframe.evaluate((f) => f.src)).searchParams.get('theme')).toBe('dark');
    expect(await pageBackground(frame)).toBe(rgb('dark', 'paper'));
    await h.close();
  });

  for (const vp of ['phone', 'desktop'] as const)
    it(`${vp}: follows the host's toggle mid-story without a reload, in the frame after the message`, async () => {
      const h = await openHost(browser, vp, 'embed-theme.html');
      const { iframe, frame } = await embedFrame(h.page);
      // The range map: its sea is the graphic's background.
      await scrollHostToStep(iframe, frame, 3, TRIGGER);
      // What the first frame after each theme message paints: read in that frame's animation callback.
      await frame.evaluate(() => {
        const w = window as unknown as { painted: string[][]; loadedOnce: boolean };
        w.painted = [];
        w.loadedOnce = true;
        addEventListener('message', (e) => {
          if (e.data?.type !== 'theme') return;
          requestAnimationFrame(() => {
            const svg = document.querySelector('.graphic .stage:not(.idle) svg')!;
            w.painted.push([e.data.theme, document.documentElement.dataset.theme ?? 'auto', getComputedStyle(svg).backgroundColor, getComputedStyle(document.documentElement).backgroundColor]);
          });
        });
      });
      const painted = (n: number) =>
        frame.waitForFunction((n) => (window as unknown as { painted: unknown[] }).painted.length >= n, n).then(() => frame.evaluate(() => (window as unknown as { painted: string[][] }).painted));

      expect(await pageBackground(frame)).toBe(rgb('light', 'paper'));
      await h.page.evaluate(() => (window as unknown as { setHostTheme(t: string): void }).setHostTheme('dark'));
      await frame.waitForSelector('html[data-theme="dark"]', { state: 'attached' });
      expect((await painted(1))[0]).toEqual(['dark', 'dark', rgb('dark', 'sea'), rgb('dark', 'paper')]);

      await h.page.evaluate(() => (window as unknown as { setHostTheme(t: string): void }).setHostTheme('light'));
      expect((await painted(2))[1]).toEqual(['light', 'light', rgb('light', 'sea'), rgb('light', 'paper')]);
      // The same document, at the same step: switched, not reloaded.
      expect(await frame.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true);
      expect(await activeStep(frame)).toBe(3);
      expect(h.errors).toEqual([]);
      await h.close();
    });
});

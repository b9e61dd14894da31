/**
 * The story in a WordPress-style sandboxed iframe (sandbox="allow-scripts": an opaque origin, so
 * every load is cross-origin) on another origin, with the build served with ONLY the project's
 * deploy headers (scripts/deploy-headers.mjs, as build/_headers and deploy/nginx.conf set them):
 * no console error, no failed request, coastlines drawn, the story's fonts loaded, every step readable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../../scripts/serve-static.mjs';
import { launch, VIEWPORTS } from './browser';
import { embedFrame, engine, openHost, type ViewportName } from './embed-hosts';

let browser: Browser;
let deploySite: string;
let server: { close(): void } | undefined;

beforeAll(async () => {
  browser = await launch();
  const s = await serveStatic(process.env.BUILD_DIR || 'build', { host: '127.0.0.1', deploy: true });
  server = s.server;
  deploySite = s.url;
});
afterAll(async () => {
  server?.close();
  await browser?.close();
});

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('sandboxed oEmbed iframe at %s size, deploy headers only', (vp) => {
  it('runs the story with no error: coastlines, fonts, every step', async () => {
    const host = await openHost(browser, vp, 'embed-plain.html', '&sandbox=1', deploySite);
    const failed: string[] = [];
    host.page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    host.page.on('requestfailed', (r) => failed.push(`${r.failure()?.errorText} ${r.url()}`));
    try {
      const { frame } = await embedFrame(host.page);
      expect(await frame.evaluate(() => window.origin)).toBe('null');
      expect(await engine(frame)).toBe('stacked');

      // Coastlines: every map <use> points at a symbol in the document, and the land draws.
      await frame.waitForSelector('svg[data-inline-sprite]', { state: 'attached' });
      const uses = await frame.$$eval('use', (els) => els.map((u) => ({ href: u.getAttribute('href')!, found: !!document.getElementById(u.getAttribute('href')!.slice(1)) })));
      expect(uses.length).toBeGreaterThan(4);
      for (const u of uses) expect(u, u.href).toEqual({ href: expect.stringMatching(/^#/), found: true });

      // The story's own fonts loaded, not the fallbacks (the other editions' faces are declared too,
      // and fetched only by a page that uses them).
      const fonts = await frame.evaluate(async () => {
        await document.fonts.ready;
        const faces = [...document.fonts].filter((f) => !/fallback/i.test(f.family) && f.status === 'loaded');
        return { families: [...new Set(faces.map((f) => f.family.replace(/"/g, '')))].sort(), loaded: faces.length };
      });
      expect(fonts.families).toEqual(['Source Sans 3', 'Source Serif 4']);
      expect(fonts.loaded).toBeGreaterThanOrEqual(2);

      // Every step: its text on show and its map or chart drawn (land with a size, when it has a map).
      // Scrolled into view, then read in one evaluate (visible as Playwright's isVisible has it).
      const steps = await frame.$$('[data-step]');
      expect(steps.length).toBeGreaterThan(1);
      for (const [k, step] of steps.entries()) {
        await step.scrollIntoViewIfNeeded();
        const seen = await step.evaluate((el) => {
          const card = el.querySelector<HTMLElement>('.card');
          const r = card?.getBoundingClientRect();
          const land = [...el.querySelectorAll<SVGGraphicsElement>('.inline-graphic use.land')].filter((u) => getComputedStyle(u).display !== 'none');
          return {
            card: !!card && card.checkVisibility() && getComputedStyle(card).visibility === 'visible' && r!.width > 0 && r!.height > 0,
            text: (card?.innerText ?? '').trim().length,
            land: land.map((u) => u.getBBox().width)
          };
        });
        expect(seen.card, `step ${k}`).toBe(true);
        expect(seen.text, `step ${k}`).toBeGreaterThan(20);
        for (const w of seen.land) expect(w, `step ${k}`).toBeGreaterThan(10);
      }
      expect(await frame.$$eval('.inline-graphic use.land', (els) => els.length)).toBeGreaterThan(0);

      expect(failed).toEqual([]);
      expect(host.errors).toEqual([]);
    } finally {
      await host.close();
    }
  });
});

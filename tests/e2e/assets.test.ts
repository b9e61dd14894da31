/**
 * What the page fetches, with the site published under a sub-path as a newsroom's CMS would
 * (https://example.org/story/): everything from its own origin and inside that path, nothing missing,
 * and the preloaded fonts are exactly files the stylesheet uses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../../scripts/serve-static.mjs';
import { launch, openStory, VIEWPORTS } from './browser';

let browser: Browser;
let server: Server;
let site: string;
beforeAll(async () => {
  browser = await launch();
  const served = await serveStatic(process.env.BUILD_DIR || 'build', { prefix: '/story' });
  server = served.server;
  site = served.url + '/story';
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe.each([['the page', '/'], ['the embed', '/embed/']])('assets of %s', (_, path) => {
  it('come from the site, all found, and every font preload is a font the CSS loads', async () => {
    const context = await browser.newContext(VIEWPORTS.phone);
    const page = await context.newPage();
    const responses: { url: string; status: number }[] = [];
    page.on('response', (r) => responses.push({ url: r.url(), status: r.status() }));
    await openStory(page, path, { site });
    if (path === '/') await page.waitForSelector('[data-deck="ready"]', { state: 'attached' });
    expect(responses.filter((r) => !r.url.startsWith(site + '/')).map((r) => r.url)).toEqual([]);
    expect(responses.filter((r) => r.status >= 400).map((r) => `${r.status} ${r.url}`)).toEqual([]);

    const preloaded = await page.$$eval('link[rel="preload"][as="font"]', (ls) => ls.map((l) => (l as HTMLLinkElement).href));
    const cssFonts = await page.evaluate(() =>
      [...document.styleSheets].flatMap((sheet) =>
        [...sheet.cssRules].filter((r) => r instanceof CSSFontFaceRule).flatMap((r) => {
          const m = /url\("?([^")]+)"?\)/.exec((r as CSSFontFaceRule).style.getPropertyValue('src'));
          return m ? [new URL(m[1], sheet.href ?? document.baseURI).href] : [];
        })
      )
    );
    expect(preloaded.length).toBeGreaterThan(0);
    for (const href of preloaded) expect(cssFonts).toContain(href);
    await context.close();
  });
});

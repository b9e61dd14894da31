/**
 * The web fonts swap in without moving the first screen: each has a local fallback face whose
 * size and vertical metrics match it, so the text wraps to the same lines before and after.
 * (The fallback rules once lost their family name in the minified CSS and silently did nothing:
 * the phone's first screen then jumped by 0.13 CLS when the fonts arrived.)
 * One context per size, with two pages, one with the web fonts and one without, each navigated to
 * every page in turn: in the full Chromium the first page of a context costs ~1 CPU-s to start,
 * more than a navigation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { pageCache, siteUrl, VIEWPORTS } from './browser';
import { READER_LAUNCH_OPTIONS } from './chromium';

let browser: Browser;
beforeAll(async () => {
  // Line breaks hang on glyph advances: this file measures them in the full Chromium readers run
  // (the headless shell the other files use positions glyphs differently: a paragraph wrapped to
  // four lines there with the fallback face, three here).
  browser = await chromium.launch(READER_LAUNCH_OPTIONS);
});
afterAll(async () => {
  await tabs.close();
  await browser?.close();
});

/**
 * Where every text block that starts on the first screen starts, and how tall it is when it ends
 * there too: what a reader sees move (a card cut by the screen's edge may rewrap below the edge).
 */
const firstScreenBlocks = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3, p, li, figcaption')]
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.height > 0 && box.top < innerHeight)
      .map(({ el, box }) => `${el.tagName.toLowerCase()}.${el.className.split(' ')[0]} at ${Math.round(box.top)}px` + (box.bottom <= innerHeight ? `, ${Math.round(box.height)}px tall` : ''))
  );

type Size = keyof typeof VIEWPORTS;
/** Per size (pageCache): a context with JavaScript off and two pages, with the web fonts and without (their requests aborted). */
const tabs = pageCache<{ context: BrowserContext; web: Page; fallback: Page }>();
const tabsAt = (size: Size) =>
  tabs.get(size, async () => {
    const context = await browser.newContext({ ...VIEWPORTS[size], javaScriptEnabled: false });
    const web = await context.newPage();
    const fallback = await context.newPage();
    // Intercepted, the page's requests also skip the cache: no web font reaches it from the other page.
    await fallback.route(/\.woff2$/, (route) => route.abort());
    return { context, web, fallback };
  });

/** Page `path` at `size`, with its web fonts or only the fallbacks, loaded afresh and its fonts settled. */
async function open(size: Size, webFonts: boolean, path = '/') {
  const page = (await tabsAt(size))[webFonts ? 'web' : 'fallback'];
  await page.goto(siteUrl(path));
  await page.evaluate(() => document.fonts.ready);
  return { page };
}

/** The web faces (not the local fallbacks) the page has loaded. */
const webFacesLoaded = (page: Page) =>
  page.evaluate(() => [...document.fonts].filter((f) => !/fallback/.test(f.family) && f.status === 'loaded').map((f) => `${f.family} ${f.weight} ${f.style}`));

describe('font fallbacks', () => {
  it('are valid @font-face rules that load a local font for every web face', async () => {
    const { page } = await open('phone', true);
    const faces = await page.evaluate(async () => {
      const rules = [...document.styleSheets].flatMap((s) => [...s.cssRules]).filter((r) => r instanceof CSSFontFaceRule) as CSSFontFaceRule[];
      const described = rules.map((r) => ({
        family: r.style.getPropertyValue('font-family').replace(/"/g, ''),
        face: `${r.style.getPropertyValue('font-weight') || '400'} ${r.style.getPropertyValue('font-style') || 'normal'}`,
        local: r.style.getPropertyValue('src').includes('local(')
      }));
      const fallbacks = described.filter((f) => f.local);
      for (const f of [...document.fonts].filter((f) => /fallback/.test(f.family))) await f.load().catch(() => {});
      return { described, fallbacks, status: [...document.fonts].filter((f) => /fallback/.test(f.family)).map((f) => `${f.family} ${f.weight} ${f.style} ${f.status}`) };
    });
    expect(faces.described.every((f) => f.family !== ''), JSON.stringify(faces.described)).toBe(true);
    // One fallback per web face, of the same weight and style: every edition's faces (Latin serif 400,
    // 700, italic, sans 400; Arabic naskh 400, 700, sans 400) are declared on every page.
    const web = faces.described.filter((f) => !f.local);
    expect(web.length).toBeGreaterThanOrEqual(7);
    expect(faces.fallbacks.map((f) => `${f.family} ${f.face}`).sort()).toEqual(web.map((f) => `${f.family} fallback ${f.face}`).sort());
    expect(faces.status).toHaveLength(web.length);
    for (const s of faces.status) expect(s).toMatch(/ loaded$/);
  });

  // Each edition's own faces and fallbacks: the Arabic page's Noto faces against DejaVu Sans.
  const cases = ['/', '/ar/'].flatMap((path) => (Object.keys(VIEWPORTS) as Size[]).map((size) => [path, size] as const));
  it.each(cases)('keep the first screen of %s in place at %s size', async (path, size) => {
    const web = await open(size, true, path);
    const fallback = await open(size, false, path);
    // Each page as its reader gets it: the fallback one drew with the local faces alone.
    expect(await webFacesLoaded(web.page)).not.toEqual([]);
    expect(await webFacesLoaded(fallback.page)).toEqual([]);
    const withWebFonts = await firstScreenBlocks(web.page);
    expect(withWebFonts.length).toBeGreaterThan(2);
    expect(await firstScreenBlocks(fallback.page)).toEqual(withWebFonts);
  });
});

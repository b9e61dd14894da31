/**
 * The pages around the statics, on the built site: the desk page of each edition lists every file
 * the statics plan names (thumbnail, alt text, download) and passes axe; a step's share page gives
 * crawlers that step's card in its static HTML and lands a reader on that step of the story; the
 * embed-code page offers the linked still image's HTML, with and without JavaScript.
 * (The files themselves are made by `npm run statics`, not by the build: the pages must name exactly
 * the files of the plan it reads, build/statics/plan.json.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import type { Browser } from 'playwright-core';
import { imageCode } from '$lib/embed/codes';
import { loadStoryView as load } from '$lib/server/story';
import { plainText } from '$lib/text/markup';
import { staticsOf as planOf } from '$lib/server/statics-pages';
import { FORMATS, staticsDeskPath, stepPagePath, type StaticEntry } from '$lib/statics/plan';
import { launch, siteUrl, VIEWPORTS, waitForActive, watchErrors } from './browser';
import { axeInThemes, axeViolations } from './a11y-helpers';
import { standInStatics } from './statics-stand-in';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const EDITIONS = ['en', 'ar'] as const;
// Each edition's view and plan once (the test process runs the dev build, which caches neither).
const memo = <T>(f: (lang: string) => T) => {
  const seen = new Map<string, T>();
  return (lang: string) => seen.get(lang) ?? seen.set(lang, f(lang)).get(lang)!;
};
const loadStoryView = memo(load);
const staticsOf = memo(planOf);

/** The static HTML of a built page, as a crawler gets it (no script runs). */
const fetchDoc = async (path: string) => new JSDOM(await (await fetch(siteUrl(path))).text(), { url: siteUrl(path) }).window.document;
const site = (lang: string) => loadStoryView(lang).meta.siteUrl.replace(/\/+$/, '');

describe('desk page', () => {
  it.each(EDITIONS)('%s: lists every planned file with its thumbnail, alt text and download, and passes axe', async (lang) => {
    const view = loadStoryView(lang);
    // What `npm run statics` will make: the plan it reads from the build.
    const planFile = (await (await fetch(siteUrl('/statics/plan.json'))).json()) as { editions: { edition: string; zip: string; entries: StaticEntry[] }[] };
    const { entries: plan, zip } = planFile.editions.find((e) => e.edition === lang)!;
    expect(plan.map((e) => e.file)).toEqual(staticsOf(lang).map((e) => e.file));
    const path = staticsDeskPath(view.edition);
    const context = await browser.newContext(VIEWPORTS.desktop);
    const page = await context.newPage();
    await standInStatics(page);
    try {
      await page.goto(siteUrl(path));
      await page.evaluate(() => document.fonts.ready);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(view.meta.dir);
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');

      const listed = await page.$$eval('[data-file]', (items) =>
        items.map((li) => ({
          file: li.getAttribute('data-file'),
          src: li.querySelector('img')?.src ?? null,
          alt: li.querySelector('img')?.getAttribute('alt') ?? null,
          lazy: li.querySelector('img')?.getAttribute('loading') ?? null,
          download: li.querySelector<HTMLAnchorElement>('a[download]')?.href ?? null,
          text: (li as HTMLElement).innerText
        }))
      );
      expect(listed.map((l) => l.file).sort()).toEqual(plan.map((e) => e.file).sort());
      for (const e of plan) {
        const l = listed.find((x) => x.file === e.file)!;
        expect(l.download).toBe(siteUrl(`/${e.file}`));
        expect(l.text).toContain(e.alt);
        if (e.format === 'print') expect(l.src).toBeNull();
        else expect([l.src, l.alt, l.lazy]).toEqual([siteUrl(`/${e.file}`), e.alt, 'lazy']);
      }
      // Grouped by step, in the story's order; one zip of them all; every step's share page.
      expect(await page.$$eval('[data-desk-step]', (s) => s.map((x) => x.getAttribute('data-desk-step')))).toEqual(view.steps.map((s) => s.id));
      expect(await page.locator('a[download]').first().getAttribute('href')).toMatch(/\.zip$/);
      expect(await page.locator('a[download]').first().evaluate((a: HTMLAnchorElement) => a.href)).toBe(siteUrl(`/${zip}`));
      const links = await page.$$eval('[data-step-link] a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(links).toEqual(view.steps.map((s) => siteUrl(stepPagePath(view.edition, s.id))));

      // The colours are the same in every edition: the dark theme is scanned once, with the first.
      expect(await axeInThemes(page, lang === EDITIONS[0])).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('step share page', () => {
  it.each([['en', 'range'], ['ar', 'speed']] as const)("%s %s: its static HTML gives crawlers the step's card, kicker and caption", async (lang, id) => {
    const view = loadStoryView(lang);
    const step = view.steps.find((s) => s.id === id)!;
    const card = staticsOf(lang).find((e) => e.step === id && e.format === 'landscape' && e.theme === 'light')!;
    const doc = await fetchDoc(stepPagePath(view.edition, id));
    const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content');
    expect(meta('meta[property="og:image"]')).toBe(`${site(lang)}/${card.file}`);
    expect([meta('meta[property="og:image:width"]'), meta('meta[property="og:image:height"]')]).toEqual(['1200', '630']);
    expect(meta('meta[property="og:image:alt"]')).toBe(card.alt);
    expect(meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(meta('meta[property="og:title"]')).toBe(doc.querySelector('h1')!.textContent);
    expect(doc.querySelector('h1')!.textContent).toBe(plainText(step.kicker));
    expect(meta('meta[property="og:description"]')).toBe(step.caption);
    expect(doc.querySelector('main')!.textContent).toContain(step.caption);
    expect(meta('meta[name="robots"]')).toBe('noindex');
    expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(`${site(lang)}${view.edition.base}/`);
    // The reader's way on: a link to the story at the step (followed by a script; crawlers run none).
    expect(doc.querySelector<HTMLAnchorElement>('a[data-story-link]')!.href).toBe(siteUrl(`${view.edition.base}/#step-${id}`));
    expect(doc.querySelector('meta[http-equiv="refresh"]')).toBeNull();
  });

  it.each([
    { lang: 'en', id: 'events', name: 'phone, reduced motion', options: { ...VIEWPORTS.phone, reducedMotion: 'reduce' as const } },
    { lang: 'ar', id: 'stakes', name: 'desktop', options: VIEWPORTS.desktop }
  ])('$lang $id ($name): sends the reader on to the story, landed on that step once it settles', async ({ lang, id, options }) => {
    const view = loadStoryView(lang);
    const index = view.steps.findIndex((s) => s.id === id);
    const context = await browser.newContext(options);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await standInStatics(page);
    try {
      await page.goto(siteUrl(stepPagePath(view.edition, id)));
      await page.waitForURL(siteUrl(`${view.edition.base}/#step-${id}`));
      await page.waitForSelector(`[data-landed-step="${id}"]`);
      await waitForActive(page, index);
      // At rest, on the step: its top at or above the trigger line (60% down), its bottom below it.
      await page.waitForSelector('[data-scroll-synced]');
      const box = await page.evaluate((id) => {
        const r = document.getElementById(`step-${id}`)!.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, line: innerHeight * 0.6 };
      }, id);
      expect(box.top).toBeLessThanOrEqual(box.line + 1);
      expect(box.bottom).toBeGreaterThan(box.line);
      expect(await page.getAttribute('[data-active-step]', 'data-active-step')).toBe(String(index));
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('embed-code page', () => {
  const expected = (lang: string, id: string, theme: 'light' | 'dark') => {
    const view = loadStoryView(lang);
    const e = staticsOf(lang).find((x) => x.step === id && x.format === 'web' && x.theme === theme)!;
    const scale = FORMATS.web.scale;
    return imageCode({ href: `${site(lang)}${view.edition.base}/#step-${id}`, src: `${site(lang)}/${e.file}`, alt: e.alt, width: e.width / scale, height: e.height / scale });
  };

  it("without JavaScript: the share image's step, light, and every step's code in both themes", async () => {
    const doc = await fetchDoc('/embed-code/');
    expect(doc.querySelector<HTMLTextAreaElement>('[data-code="image"]')!.value).toBe(expected('en', 'range', 'light'));
    const all = [...doc.querySelectorAll<HTMLTextAreaElement>('[data-image-code]')].map((t) => t.value);
    const view = loadStoryView('en');
    expect(all).toEqual(view.steps.flatMap((s) => [expected('en', s.id, 'light'), expected('en', s.id, 'dark')]));
  });

  it('picks any step and theme for the linked image, and passes axe', async () => {
    const context = await browser.newContext(VIEWPORTS.desktop);
    const page = await context.newPage();
    // The live embed previews are another test's: here the page's own script is enough.
    await page.route('**/embed.js', (r) => r.fulfill({ body: '', contentType: 'text/javascript' }));
    await standInStatics(page);
    try {
      await page.goto(siteUrl('/ar/embed-code/'));
      const code = page.locator('[data-code="image"]');
      expect(await code.inputValue()).toBe(expected('ar', 'range', 'light'));
      // Hydrated: the page's mount has added the embed script (answered empty above).
      await page.waitForSelector('script[src$="embed.js"]', { state: 'attached' });
      await page.selectOption('[data-image-step]', 'speed');
      await page.locator('input[name="image-theme"][value="dark"]').check();
      await page.waitForFunction((v) => (document.querySelector('[data-code="image"]') as HTMLTextAreaElement).value === v, expected('ar', 'speed', 'dark'));
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

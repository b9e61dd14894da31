/**
 * The Arabic edition, right to left, in Chromium: the layout mirrors (the desktop text column
 * right of the graphic), time and progress run from the right (the events timeline, the race, the
 * tally, the bars), nothing scrolls sideways at any width, axe finds nothing at any step, and each
 * edition downloads only its own typefaces.
 *
 * Opening a page costs more than most of these checks: the Arabic page opens once on a phone and
 * once on a desktop. On each the axe walk comes first, from the page as it loads; then the phone's
 * marking, missile and typefaces (recorded from its load), the desktop's column, timeline and
 * race, each back at the top before scrolling to its own steps. The widths without an axe walk
 * share one page, loaded at the narrowest and widened. The link between the editions and the
 * English typefaces keep pages of their own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { backToTop, launch, openStory, pageCache, resizeStory, storyPage, VIEWPORTS, waitForActive, watchErrors, type StoryPage } from './browser';
import { axeAtEveryStep, frames, scrollToStep, stepCount } from './a11y-helpers';

const AR = '/ar/';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await pages.close();
  await browser?.close();
});

/** Pages kept for the tests that share them (pageCache); `fonts`: the font files each fetched from its load on. */
const pages = pageCache<StoryPage & { fonts: string[] }>();
const shared = (key: string, options: BrowserContextOptions, path: string) => ({
  get: () =>
    pages.get(key, async () => {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      const errors = watchErrors(page);
      const fonts: string[] = [];
      page.on('request', (r) => r.resourceType() === 'font' && fonts.push(new URL(r.url()).pathname.split('/').pop()!));
      await openStory(page, path);
      return { context, page, errors, fonts };
    })
});

/** The Arabic page at each size, in the reader's light theme (the axe walks switch to dark and back). */
const arabic = {
  phone: shared('phone', { ...VIEWPORTS.phone, colorScheme: 'light' }, AR),
  desktop: shared('desktop', { ...VIEWPORTS.desktop, colorScheme: 'light' }, AR)
};
/** The widths checked only for sideways scrolling: one page, loaded at the first and widened. */
const WIDTHS = [320, 768, 1024, 1920];
const widths = shared('widths', { viewport: { width: WIDTHS[0], height: 800 } }, AR);

/** Index of the step with `id`. */
const stepIndex = (page: Page, id: string) => page.$$eval('[data-step]', (els, id) => els.findIndex((e) => e.getAttribute('data-step') === id), id);

/** Scroll to step `id` at `at` of its height and wait until it is active and drawn. */
async function goTo(page: Page, id: string, at = 0.5): Promise<void> {
  const i = await stepIndex(page, id);
  await scrollToStep(page, i, at);
  await waitForActive(page, i);
  await frames(page);
}

describe('the Arabic page', () => {
  // First on each size's page, as it loads (the walk starts with a scan at the top, where a retry
  // goes back first): the tests below use the same page after it, each scrolling to its own steps.
  for (const name of ['phone', 'desktop'] as const) {
    it(`has no axe violations and no horizontal overflow at the top or at any step on ${name}, light and dark`, async () => {
      const { page, errors } = await arabic[name].get();
      await backToTop(page);
      const overflow = async () => {
        const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        return over > 0 ? [`scrolls sideways by ${over} px`] : [];
      };
      expect(await axeAtEveryStep(page, { dark: true, alsoCheck: overflow })).toEqual({});
      expect(errors).toEqual([]);
    }, 300_000);
  }

  it('is marked Arabic, right to left', async () => {
    const { page, errors } = await arabic.phone.get();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    expect(errors).toEqual([]);
  });

  it('is reached from the English page by its link, and links back, each a document of its own language and direction', async () => {
    const { context, page, errors } = await storyPage(browser, VIEWPORTS.phone, '/');
    const lang = () => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, document.querySelector('h1')!.closest('[lang]')!.getAttribute('lang')]);
    // A marker on the window: a new document has none (the client router would have kept it).
    const follow = async (edition: string, path: RegExp) => {
      await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
      await page.click(`[data-edition-link="${edition}"]`);
      await page.waitForURL(path);
      await page.waitForSelector('[data-scroll-engine]:not([data-scroll-engine="none"])');
      expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
    };
    expect(await lang()).toEqual(['en-GB', 'ltr', 'en-GB']);
    await follow('ar', /\/ar\/$/);
    expect(await lang()).toEqual(['ar', 'rtl', 'ar']);
    await follow('en', /\/$/);
    expect(await lang()).toEqual(['en-GB', 'ltr', 'en-GB']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('puts the desktop text column right of the graphic', async () => {
    const { page } = await arabic.desktop.get();
    const box = (selector: string) => page.$eval(selector, (e) => e.getBoundingClientRect().toJSON() as DOMRect);
    const steps = await box('.scrolly .steps');
    const graphic = await box('.scrolly .graphic');
    expect(steps.width).toBeGreaterThan(300);
    expect(graphic.width).toBeGreaterThan(300);
    expect(steps.left).toBeGreaterThanOrEqual(graphic.right);
  });

  it('runs the events timeline from the right: the earliest date at the right end', async () => {
    const { page } = await arabic.desktop.get();
    await backToTop(page);
    await goTo(page, 'events', 0.9);
    const dots = await page.$$eval('.graphic [data-scene] [data-event-date] circle', (els) =>
      els.map((c) => ({ date: c.parentElement!.getAttribute('data-event-date')!, x: c.getBoundingClientRect().x }))
    );
    expect(dots.length).toBeGreaterThan(2);
    const byDate = [...dots].sort((a, b) => (a.date < b.date ? -1 : 1));
    const xs = byDate.map((d) => d.x);
    expect([...xs].sort((a, b) => b - a)).toEqual(xs);
    const axis = await page.$eval('.graphic [data-scene] .timeline .axis', (e) => e.getBoundingClientRect().toJSON() as DOMRect);
    expect(axis.right - (xs[0] + 5)).toBeLessThan(2);
  });

  it('starts the race at the right and fills the tally and the bars from the right', async () => {
    const { page } = await arabic.desktop.get();
    await backToTop(page);
    await goTo(page, 'speed', 0.1);
    const race = await page.$$eval('.graphic [data-scene] [data-racer]', (els) =>
      els.map((li) => {
        const rail = li.querySelector('.rail')!.getBoundingClientRect();
        const marker = li.querySelector('.marker')!.getBoundingClientRect();
        return { share: Number(li.getAttribute('data-covered')), rail: [rail.left, rail.right], marker: marker.left + marker.width / 2 };
      })
    );
    for (const r of race) {
      // The marker sits `share` of the rail's width from its right end.
      const from = r.rail[1] - r.share * (r.rail[1] - r.rail[0]);
      expect(Math.abs(r.marker - from)).toBeLessThan(2);
    }
    // The drone has barely left: it is in the rail's right half.
    expect(race[1].marker).toBeGreaterThan((race[1].rail[0] + race[1].rail[1]) / 2);
    const bars = await page.$$eval('.graphic [data-scene] .bars .bar', (els) => els.map((e) => e.getBoundingClientRect().right));
    expect(Math.abs(bars[0] - bars[1])).toBeLessThan(1);

    await goTo(page, 'attacks', 0.3);
    const tally = await page.$eval('.graphic [data-scene] svg.marks', (svg) => {
      const on = svg.querySelector('.mark.on')!.getBoundingClientRect();
      return { svg: svg.getBoundingClientRect().toJSON() as DOMRect, on: on.toJSON() as DOMRect, shown: Number(svg.getAttribute('data-marks-shown')) };
    });
    expect(tally.shown).toBeGreaterThan(0);
    expect(Math.abs(tally.on.right - tally.svg.right)).toBeLessThan(2);

    await goTo(page, 'stakes', 0.9);
    const stakes = await page.$$eval('.graphic [data-scene] [data-bar] .bar', (els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    expect(stakes).toHaveLength(2);
    expect(Math.abs(stakes[0].right - stakes[1].right)).toBeLessThan(1);
    expect(stakes[1].left).toBeGreaterThan(stakes[0].left);
  });

  it('flies the missile from a launcher on the right to its target on the left, and toward the radar on the left', async () => {
    const { page } = await arabic.phone.get();
    await backToTop(page);
    await goTo(page, 'weapon', 0.9);
    const [launcher, ship] = await page.$$eval('.graphic [data-scene] :is(.launcher, .ship)', (els) =>
      els.sort((a) => (a.classList.contains('launcher') ? -1 : 1)).map((e) => e.getBoundingClientRect().toJSON() as DOMRect)
    );
    expect(launcher.left).toBeGreaterThan(ship.right);
    // The radar's side view runs the same way: the missile comes in from the right toward the ship
    // on the left, and the distance axis reads from 0 at the ship.
    await goTo(page, 'skim', 0.5);
    const radar = await page.$eval('.graphic [data-scene] svg', (svg) => {
      const x = (sel: string) => svg.querySelector(sel)!.getBoundingClientRect().x;
      const km = (t: string) => Number([...t].map((c) => c.charCodeAt(0) - 0x660).join(''));
      const ticks = [...svg.querySelectorAll('.axis text')].filter((t) => /^[٠-٩]+$/.test(t.textContent!.trim()));
      const byX = ticks.map((t) => ({ km: km(t.textContent!.trim()), x: t.getBoundingClientRect().x })).sort((a, b) => a.x - b.x);
      return { ship: x('.ship'), horizon: x('[data-horizon-km]'), kmLeftToRight: byX.map((t) => t.km) };
    });
    expect(radar.ship).toBeLessThan(radar.horizon);
    expect(radar.kmLeftToRight[0]).toBe(0);
    expect(radar.kmLeftToRight).toEqual([...radar.kmLeftToRight].sort((a, b) => a - b));
  });

  // 390 and 1280 px (the phone and desktop sizes) are checked at every step of the axe walks above.
  it.each(WIDTHS)('has no horizontal overflow at %d px', async (width) => {
    const { page } = await widths.get();
    await resizeStory(page, { width, height: 800 });
    const n = await stepCount(page);
    for (let i = 0; i < n; i++) {
      await scrollToStep(page, i);
      await waitForActive(page, i);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `step ${i}`).toBeLessThanOrEqual(0);
    }
  });
});

describe('typefaces per edition', () => {
  /**
   * Font files the page fetched from its load on, read to its end (every step's graphic drawn): the
   * English page is opened for this; the Arabic one is the phone page the tests above used.
   */
  async function fontsFetched({ page, fonts: files }: Awaited<ReturnType<ReturnType<typeof shared>['get']>>) {
    const n = await stepCount(page);
    for (let i = 0; i < n; i++) await scrollToStep(page, i);
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    await page.evaluate(() => document.fonts.ready);
    const loaded = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family.replace(/"/g, '')} ${f.weight}`));
    const joined = await page.evaluate(() => {
      // Arabic letters join (the subset kept the shaping tables): a word is narrower joined than
      // with a zero-width non-joiner between every letter.
      const probe = (text: string) => {
        const s = document.createElement('span');
        s.style.cssText = 'font: 40px var(--serif); white-space: nowrap; position: absolute';
        s.textContent = text;
        document.body.append(s);
        const w = s.getBoundingClientRect().width;
        s.remove();
        return w;
      };
      const word = document.querySelector('h1')!.textContent!.trim().split(/\s+/)[0];
      return { word, joined: probe(word), apart: probe([...word].join('\u200c')) };
    });
    return { files: [...new Set(files)], loaded, joined };
  }

  it('the Arabic page loads the Arabic faces, joined, and no Latin face', async () => {
    const { files, loaded, joined } = await fontsFetched(await arabic.phone.get());
    expect(files).toEqual(expect.arrayContaining(['noto-naskh-arabic-400.woff2', 'noto-naskh-arabic-700.woff2', 'noto-sans-arabic-400.woff2']));
    expect(files.filter((f) => f.startsWith('source-'))).toEqual([]);
    expect(loaded).toEqual(expect.arrayContaining(['Noto Naskh Arabic 400', 'Noto Naskh Arabic 700', 'Noto Sans Arabic 400']));
    expect(joined.joined).toBeLessThan(joined.apart * 0.95);
  });

  it('the English page loads no Arabic font file', async () => {
    const { files } = await fontsFetched(await shared('english', VIEWPORTS.phone, '/').get());
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => f.startsWith('noto-'))).toEqual([]);
  });
});

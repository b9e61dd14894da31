/**
 * The cards of the steps the data's size changes, drawn from one generated data file far bigger
 * than today's: 60 events over two years (tests/helpers/event-data.ts) and attacks.count 2,000
 * against compare_count 5,000. Both editions, portrait and landscape, light and dark. Checked as
 * statics.test.ts checks today's cards: the file's real size, the story's type, theme and start
 * edge (Arabic digits, right to left), no label over another or cut by the frame, no empty
 * half-frame; and the tally's key saying what one square stands for.
 *
 * No build per data set: the render page's prerendered HTML is served with the generated views
 * swapped in (swap-data.ts), and the page switches cards without a reload (window.__statics.show,
 * as `npm run statics` does). One context per format.
 * BIG_CARDS_SHOTS=/some/dir also writes each card as a PNG.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parseStory, toView } from '$lib/server/story';
import { editionStatics } from '$lib/server/statics';
import { marksUnit } from '$lib/scenes/tally';
import { formatIn } from '$lib/i18n/numbers';
import { formatSize, FORMATS, renderPagePath, type StaticTheme } from '$lib/statics/plan';
import type { StoryView } from '$lib/types';
import { launch, siteUrl, watchErrors } from './browser';
import { measureFrame, tallyKinds } from './composition-measure';
import { swapData } from './swap-data';
import { CARD_MAX_BLANK, inspect, luminance, measureCardWords, pngSize } from './statics-card';
import { generateEvents, localeWithEvents, storyWithEvents } from '../helpers/event-data';
import { edit, localeText } from '../helpers/story-file';

const EVENTS = 60;
const COUNT = 2000;
const COMPARE = 5000;
const EDITIONS = ['en', 'ar'] as const;
const CARD_FORMATS = ['portrait', 'landscape'] as const;
const STEPS = ['attacks', 'events'];
// Each step in both themes: dark for the Arabic portrait and the English landscape cards.
const themeOf = (lang: string, format: string): StaticTheme => ((lang === 'ar') === (format === 'portrait') ? 'dark' : 'light');
const SHOTS = process.env.BIG_CARDS_SHOTS;

// The one data file: story.yaml with the generated events and counts; each edition's words for the events.
const events = generateEvents(EVENTS);
const story = edit(edit(storyWithEvents(events), '  count: 40', `  count: ${COUNT}`), 'compare_count: 190', `compare_count: ${COMPARE}`);
const views = Object.fromEntries(EDITIONS.map((lang) => [lang, toView(parseStory(story, localeWithEvents(events, lang, localeText(lang)), lang))])) as Record<string, StoryView>;

/** What the card's graphic shows of the data: the count, the tally's unit and key, the events on the axis. */
const dataShown = () => {
  const stage = document.querySelector('.graphic .stage[data-scene]')!;
  const seen = (el: Element | null) => !!el?.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  const scale = stage.querySelector('.key.scale');
  return {
    count: stage.querySelector('[data-attack-count]')?.getAttribute('data-attack-count') ?? null,
    unit: stage.querySelector('[data-marks-unit]')?.getAttribute('data-marks-unit') ?? null,
    scale: seen(scale) ? scale!.textContent!.trim() : null,
    keyCount: stage.querySelector('[data-key-kind="count"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
    axisMarks: stage.querySelectorAll('.events .timeline .event.mark').length,
    ticks: [...stage.querySelectorAll('.events .timeline text.tick-label')].filter((t) => seen(t) && t.textContent?.trim()).length,
    // The SVG labels' words (the dates on the axis), checked for digits with the card's text.
    svgText: [...stage.querySelectorAll('svg text')].filter(seen).map((t) => t.textContent).join(' ')
  };
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

for (const format of CARD_FORMATS)
  describe(`${format} cards with ${EVENTS} events, ${COUNT} attacks against ${COMPARE}`, () => {
    const f = FORMATS[format];
    let context: BrowserContext;
    let page: Page;
    let errors: string[];
    beforeAll(async () => {
      context = await browser.newContext({ viewport: f.css, deviceScaleFactor: f.scale, reducedMotion: 'reduce' });
      // Each edition's render page, with its generated view (and the plan of it) in place of today's.
      await context.route(
        (url) => url.pathname.endsWith('/statics/render/'),
        async (route) => {
          const lang = new URL(route.request().url()).pathname.startsWith('/ar/') ? 'ar' : 'en';
          const html = await (await route.fetch()).text();
          const view = views[lang];
          await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: swapData(html, { story: view, statics: editionStatics(lang, view) }) });
        }
      );
      page = await context.newPage();
      errors = watchErrors(page);
      if (SHOTS) mkdirSync(SHOTS, { recursive: true });
    });
    afterAll(async () => context?.close());

    for (const lang of EDITIONS)
      it(`${lang}: the attacks and events cards ${formatSize(format).width}×${formatSize(format).height}, ${themeOf(lang, format)}: composed, nothing overlapping or cut, the key's scale, the edition's type and digits`, async () => {
        const view = views[lang];
        const theme = themeOf(lang, format);
        const first = STEPS[0];
        await page.goto(siteUrl(renderPagePath(view.edition, { step: first, format, theme })));
        for (const step of STEPS) {
          const key = `${step}/${format}/${theme}`;
          if (step !== first) await page.evaluate(([s, fm, t]) => (window as unknown as { __statics: { show: (...a: string[]) => Promise<string> } }).__statics.show(s, fm, t), [step, format, theme]);
          await page.waitForFunction((k) => document.documentElement.dataset.staticReady === k, key, { timeout: 30_000 });
          const where = `${lang} ${key}`;

          const png = await page.screenshot();
          if (SHOTS) writeFileSync(join(SHOTS, `${step}-${format}-${theme}-${lang}.png`), png);
          expect(pngSize(png), where).toEqual([formatSize(format).width, formatSize(format).height]);

          const c = await inspect(page);
          const d = await page.evaluate(dataShown);
          if (theme === 'dark') expect(luminance(c.background), where).toBeLessThan(0.2);
          else expect(luminance(c.background), where).toBeGreaterThan(0.8);
          if (lang === 'ar') {
            expect(c.dir, where).toBe('rtl');
            expect(c.kickerFont, where).toContain('Noto Naskh Arabic');
            expect(c.fonts, where).toEqual(expect.arrayContaining(['Noto Naskh Arabic', 'Noto Sans Arabic']));
            expect(`${c.text} ${d.svgText}`, where).toMatch(/[\u0660-\u0669]/);
            expect(`${c.text} ${d.svgText}`, where).not.toMatch(/[0-9]/);
            expect(c.kickerFromRight, where).toBeLessThan(c.kickerFromLeft);
          } else {
            expect(c.dir, where).toBe('ltr');
            expect(c.kickerFont, where).toContain('Source Serif 4');
            expect(c.fonts, where).toEqual(expect.arrayContaining(['Source Serif 4', 'Source Sans 3']));
            expect(c.kickerFromLeft, where).toBeLessThan(c.kickerFromRight);
          }

          const m = await page.evaluate(measureFrame);
          const height = m.frame.bottom - m.frame.top;
          console.log(`${where}: largest blank band ${Math.round(((m.blank.to - m.blank.from) / height) * 100)}% of ${Math.round(height)} px, ${m.overlaps.length} overlaps, ${m.outside.length} cut`);
          expect(m.overlaps, where).toEqual([]);
          expect(m.outside, where).toEqual([]);
          expect(m.blank.to - m.blank.from, where).toBeLessThan(height * CARD_MAX_BLANK);
          // The card's own words too: the caption says the figures.
          expect(await page.evaluate(measureCardWords), where).toEqual({ cut: [], overGraphic: [], overlaps: [] });

          if (step === 'attacks') {
            // The generated data, not today's; a square is 25 attacks, and the key says so in the edition's digits.
            const unit = marksUnit(COMPARE);
            expect(d.count, where).toBe(String(COUNT));
            expect(d.unit, where).toBe(String(unit));
            expect(unit).toBeGreaterThan(1);
            expect(d.scale, where).toBe(view.words.attacks.keyScale);
            expect(d.scale, where).toContain(formatIn(view.live.numbers, unit));
            expect(d.keyCount, where).toBe(view.words.attacks.keyCount);
            expect(await page.evaluate(tallyKinds), where).toEqual({ drawn: ['compare', 'count'], keyed: ['compare', 'count'] });
          } else {
            // Every event on the time axis, which is labelled across the two years.
            expect(d.axisMarks, where).toBe(EVENTS);
            expect(d.ticks, where).toBeGreaterThanOrEqual(2);
          }
        }
        expect(errors).toEqual([]);
      });
  });

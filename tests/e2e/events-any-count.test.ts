/**
 * The events step with 0, 1, 5, 20 and 60 generated events (tests/helpers/event-data.ts), in both
 * editions, at 320×568 to 2560×1440: no name over another or cut by the frame (the composition
 * measure), the map keeping at least 40% of the graphic's height, tick labels on the axis.
 *
 * One build, one page: each data set is the built page with its data swapped in the browser. The
 * prerendered HTML is fetched and handed back with the story's data replaced by the generated
 * StoryView and its prerendered markup removed, so the real client renders it from scratch (Svelte
 * mounts when there is nothing to hydrate). Then the viewport is resized to each size in turn.
 * EVENTS_SHOTS=/some/dir also writes screenshots of the step with 60 events.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parseStory, toView } from '$lib/server/story';
import type { StoryView } from '$lib/types';
import { launch, siteUrl, waitForActive, watchErrors } from './browser';
import { frames, scrollToStep } from './a11y-helpers';
import { measureFrame } from './composition-measure';
import { swapData } from './swap-data';
import { generateEvents, localeWithEvents, storyWithEvents } from '../helpers/event-data';
import { localeText } from '../helpers/story-file';

const SIZES = [[320, 568], [375, 667], [390, 844], [844, 390], [1280, 800], [1920, 1080], [2560, 1440]] as const;
const COUNTS = [0, 1, 5, 20, 60];
const EDITIONS = [{ lang: 'en', path: '/' }, { lang: 'ar', path: '/ar/' }] as const;
const MIN_MAP_SHARE = 0.4;
const SHOT_SIZES = ['390×844', '1280×800', '1920×1080'];

function viewOf(n: number, lang: 'en' | 'ar'): StoryView {
  const events = generateEvents(n);
  return toView(parseStory(storyWithEvents(events), localeWithEvents(events, lang, localeText(lang)), lang));
}

/** The map's share of the graphic's height, and the tick labels drawn on the timeline. */
function measureEvents(frame: string) {
  const graphic = document.querySelector(frame)!.getBoundingClientRect();
  const map = document.querySelector(`${frame} .events .map`)?.getBoundingClientRect();
  const ticks = [...document.querySelectorAll(`${frame} .events .timeline text.tick-label`)].filter((t) => t.textContent?.trim()).length;
  const mode = document.querySelector(`${frame} .events`)?.getAttribute('data-timeline') ?? '';
  return { share: map ? map.height / graphic.height : 0, frame: graphic.height, ticks, mode };
}

let browser: Browser;
let page: Page;
let errors: string[];
let current: StoryView | undefined;
beforeAll(async () => {
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: 'light' });
  page = await context.newPage();
  errors = watchErrors(page);
  for (const { path } of EDITIONS)
    for (const url of [siteUrl(path), siteUrl(`${path}embed/`)])
      await context.route(url, async (route) => {
        const res = await route.fetch();
        const html = current ? swapData(await res.text(), { story: current }) : await res.text();
        await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      });
});
afterAll(async () => browser?.close());

describe('the events step at any count', () => {
  const report: string[] = [];
  for (const { lang, path } of EDITIONS)
    it(`${path}: 0, 1, 5, 20 and 60 events at ${SIZES.length} sizes: names clear and inside, the map ≥ 40% of the frame`, async () => {
      const problems: string[] = [];
      for (const n of COUNTS) {
        current = viewOf(n, lang);
        const step = current.steps.findIndex((s) => s.state === 'events');
        await page.setViewportSize({ width: 390, height: 844 });
        await page.goto(siteUrl(path));
        await page.waitForSelector('[data-scroll-engine]:not([data-scroll-engine="none"])');
        await page.evaluate(() => document.fonts.ready);
        // Every size for 5, 20 and 60 events; for 0 and 1 (nothing to crowd) the smallest, the stacked
        // and a desktop one: the suite's time is shared.
        for (const [width, height] of n > 1 ? SIZES : SIZES.filter(([w]) => [320, 844, 1920].includes(w))) {
          const where = `${path} ${n} events ${width}×${height}`;
          await page.setViewportSize({ width, height });
          // A short viewport shows the story stacked (a11y.css): each step with its graphic inline
          // (as without JavaScript, and as the embed stacks): that one is measured.
          const sticky = await page.evaluate(() => getComputedStyle(document.querySelector('.graphic')!).display !== 'none');
          const frame = sticky ? '.graphic' : `[data-step="${current.steps[step].id}"] .inline-frame`;
          if (sticky) {
            await scrollToStep(page, step, 0.85);
            await waitForActive(page, step);
            await page.waitForFunction(() => document.querySelector('.graphic .stage[data-scene="attacks"] .events'));
          } else {
            await page.waitForSelector(`${frame} .events .timeline svg`);
            await page.$eval(frame, (el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
          }
          const m = await page.evaluate(measureFrame, frame);
          const e = await page.evaluate(measureEvents, frame);
          if (!sticky) report.push(`${where}: stacked (short viewport): measured the step's inline graphic`);
          report.push(`${where}: ${e.mode}, map ${Math.round(e.share * 100)}% of ${Math.round(e.frame)} px, ${e.ticks} tick labels, ${m.overlaps.length} overlaps, ${m.outside.length} cut`);
          for (const o of m.overlaps) problems.push(`${where}: labels overlap: ${o}`);
          for (const o of m.outside) problems.push(`${where}: label outside the frame: ${o}`);
          if (e.share < MIN_MAP_SHARE) problems.push(`${where}: the map is ${Math.round(e.share * 100)}% of the frame`);
          // No events: nothing to date (the axis spans one month).
          if (n > 0 && e.ticks < 2) problems.push(`${where}: ${e.ticks} tick labels`);
          if (process.env.EVENTS_SHOTS && n === 60 && SHOT_SIZES.includes(`${width}×${height}`))
            await page.screenshot({ path: `${process.env.EVENTS_SHOTS}/events-60-${lang}-${width}x${height}.png` });
        }
      }
      console.log(report.filter((r) => r.startsWith(`${path} `)).join('\n'));
      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
    }, 120_000);
});

/**
 * Every step composed for its frame, at a phone, a laptop and a large desktop: what the graphic
 * draws is measured against the frame it gets. No horizontal band with nothing drawn over more than
 * 30% of the frame's height; no label outside the frame, over another label or on a line marked
 * data-keep-clear; on a map, land reaching every side of the frame. One page per edition, resized
 * to each frame in turn (a load is most of a test's CPU); at each frame the walk starts from the
 * top, as on a page opened at that size, and reaches each step by scrolling to it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, pageCache, resizeStory, storyPage, waitForActive } from './browser';
import { frames, scrollToStep, stepCount } from './a11y-helpers';
import { measureFrame } from './composition-measure';

const FRAMES = {
  // A small phone (iPhone SE, 8): its graphic is 400 px tall; the graphics made of text must fit it too.
  'small phone': { width: 375, height: 667 },
  phone: { width: 390, height: 844 },
  laptop: { width: 1280, height: 800 },
  desktop: { width: 1920, height: 1080 }
};
// Each step is measured in both themes: a theme changes colours, not geometry, but the dark
// theme's halos and backgrounds are drawn too. Switched at each step of one walk.
const SCHEMES = ['light', 'dark'] as const;
const MAX_BLANK = 0.3;
// The other edition changes words and direction, not colours: its frames are measured in the light theme
// (the English walks cover both themes' halos and backgrounds).
const EDITIONS = [{ path: '/', schemes: SCHEMES }, { path: '/ar/', schemes: ['light'] as const }];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('composition in every frame', () => {
  // One page per edition, opened at the first frame that needs it and resized to the next ones.
  const pages = pageCache();
  afterAll(() => pages.close());
  const editionAt = async (path: string, viewport: { width: number; height: number }) => {
    const opened = await pages.get(path, () => storyPage(browser, { viewport, colorScheme: SCHEMES[0] }, path));
    await resizeStory(opened.page, viewport);
    return opened;
  };

  // Each edition: longer words and a mirrored layout change where labels fall.
  const cases = EDITIONS.flatMap(({ path, schemes }) => Object.entries(FRAMES).map(([size, viewport]) => ({ path, schemes, size, viewport })));
  for (const { path, schemes, size, viewport } of cases)
    it(`${path} ${size} ${viewport.width}×${viewport.height}, ${schemes.join(' and ')}: every step fills its frame, labels clear, land to the edges`, async () => {
      const { page, errors } = await editionAt(path, viewport);
      const problems: string[] = [];
      const n = await stepCount(page);
      for (let i = 0; i < n; i++) {
        // Late in the step, as a reader sees it once its animation has played.
        await scrollToStep(page, i, 0.85);
        await waitForActive(page, i);
        for (const colorScheme of schemes) {
          await page.emulateMedia({ colorScheme });
          await page.waitForFunction((dark) => matchMedia('(prefers-color-scheme: dark)').matches === dark, colorScheme === 'dark');
          await frames(page, 2);
          const m = await page.evaluate(measureFrame);
          const where = `step ${i} (${m.scene}, ${colorScheme})`;
          const height = m.frame.bottom - m.frame.top;
          const band = m.blank.to - m.blank.from;
          if (band > MAX_BLANK * height)
            problems.push(`${where}: blank band ${Math.round(m.blank.from)}–${Math.round(m.blank.to)} px, ${Math.round((band / height) * 100)}% of the frame`);
          for (const o of m.outside) problems.push(`${where}: label outside the frame: ${o}`);
          for (const o of m.overlaps) problems.push(`${where}: labels overlap: ${o}`);
          for (const o of m.crossed) problems.push(`${where}: label crossed: ${o}`);
          if (m.landShort?.length) problems.push(`${where}: land stops short of the frame's ${m.landShort.join(', ')}`);
          if (/^(deal|range)/.test(m.scene) || m.scene === 'attacks:events') expect(m.landShort, where).not.toBeNull();
        }
        await page.emulateMedia({ colorScheme: SCHEMES[0] });
      }
      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
    }, 90_000);
});

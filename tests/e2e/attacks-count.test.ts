/**
 * The attacks' count step at every moment, not only late in it (composition.test.ts measures each
 * step once, at 85%): at ten scroll positions through the step, in both editions, at a phone, a
 * laptop and a large desktop, the frame is composed (no blank band over 30% of its height) and the
 * key lists exactly the kinds of marks drawn at that moment. One page per edition, resized to each
 * frame in turn (a load is most of a test's CPU) and brought back to the top, as a page opened at
 * that size; the positions are set by script and each is measured once the scroll engine has
 * settled there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, pageCache, resizeStory, scrollAndSync, stepProgressY, storyPage } from './browser';
import { frames } from './a11y-helpers';
import { measureFrame, tallyKinds } from './composition-measure';

const FRAMES = {
  phone: { width: 390, height: 844 },
  laptop: { width: 1280, height: 800 },
  desktop: { width: 1920, height: 1080 }
};
const EDITIONS = ['/', '/ar/'];
const POSITIONS = Array.from({ length: 10 }, (_, i) => (i + 0.5) / 10);
const MAX_BLANK = 0.3;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** Scroll so the 60% trigger line is `progress` of the way through step i; wait until the engine has settled there. */
async function scrollToProgress(page: Page, i: number, progress: number): Promise<void> {
  await scrollAndSync(page, i, await stepProgressY(page, i, progress));
  // The visible scene follows progress in the frame after the engine's update: what is measured is what a reader sees.
  await frames(page, 2);
}

describe('the attacks count at every scroll position', () => {
  // One page per edition, opened at the first frame and resized to the next ones.
  const pages = pageCache();
  afterAll(() => pages.close());
  const editionAt = async (path: string, viewport: { width: number; height: number }) => {
    const opened = await pages.get(path, () => storyPage(browser, { viewport }, path));
    await resizeStory(opened.page, viewport);
    return opened;
  };

  for (const path of EDITIONS)
    for (const [size, viewport] of Object.entries(FRAMES))
      it(`${path} ${size} ${viewport.width}×${viewport.height}: composed at ten positions, its key naming only the marks drawn`, async () => {
        const { page, errors } = await editionAt(path, viewport);
        const step = await page.$$eval('[data-step]', (els) => els.findIndex((e) => e.getAttribute('data-step') === 'attacks'));
        const problems: string[] = [];
        const bands: number[] = [];
        for (const at of POSITIONS) {
          await scrollToProgress(page, step, at);
          const m = await page.evaluate(measureFrame);
          expect(m.scene).toBe('attacks:count');
          const height = m.frame.bottom - m.frame.top;
          const band = (m.blank.to - m.blank.from) / height;
          bands.push(Math.round(band * 100));
          if (band > MAX_BLANK) problems.push(`at ${at}: blank band ${Math.round(m.blank.from)}–${Math.round(m.blank.to)} px, ${Math.round(band * 100)}% of the frame`);
          for (const o of [...m.outside, ...m.overlaps]) problems.push(`at ${at}: ${o}`);
          const k = await page.evaluate(tallyKinds);
          if (k.drawn.join() !== k.keyed.join()) problems.push(`at ${at}: marks drawn [${k.drawn}] but key lists [${k.keyed}]`);
        }
        console.log(`attacks count ${path} ${size}: largest blank band per position (% of frame) ${bands.join(' ')}`);
        expect(problems).toEqual([]);
        expect(errors).toEqual([]);
      }, 60_000);
});

/**
 * The scenes in real Chromium: every step at a phone and a desktop size shows the scene its step
 * names (screenshots for a person to look at: scripts/screenshots.mjs), map and chart labels
 * are ≥ 12 px, inside the graphic and not overlapping at 320–1920 px, scrolling back up redraws
 * exactly the same frame, and the page's JavaScript stays within budget. Long tasks and frame
 * times while scrolling are timings, so `npm run bench` measures them, not a test.
 * Two pages: the phone's, and one without touch at 1 px per CSS px, opened at Playwright's default
 * size for the JavaScript budget (which counts what its load fetches) and then resized for the
 * desktop walk and the extreme widths. Waits are for events, not polls (waitForMatch).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch, openStory, pageCache, resizeStory, scrollAndSync, stepProgressY, storyPage, VIEWPORTS, waitForMatch, watchErrors, type StoryPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const pages = pageCache<StoryPage & { scripts: string[] }>();
afterAll(() => pages.close());
/** The phone's page. */
const phonePage = () => pages.get('phone', async () => ({ ...(await storyPage(browser, VIEWPORTS.phone)), scripts: [] }));
/**
 * The page without touch at 1 px per CSS px, first at Playwright's default 1280×720; `scripts`:
 * the path of every script it has fetched since its load began. Later tests resize it (resizeStory).
 */
const widePage = () =>
  pages.get('wide', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await openStory(page);
    return { context, page, errors, scripts };
  });

// First on the wide page: the budget counts what its load and a scroll to the end fetch.
describe('performance', () => {
  it('ships at most 80 KB of gzipped JavaScript, and no map data', async () => {
    const { page, scripts } = await widePage();
    expect(page.viewportSize()).toEqual({ width: 1280, height: 720 });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForFunction(() => document.querySelector('[data-active-step]') !== null);
    const dir = process.env.BUILD_DIR || 'build';
    const gz = scripts.reduce((sum, p) => sum + statSync(join(dir, `${p}.gz`)).size, 0);
    console.log(`JavaScript: ${scripts.length} file(s), ${(gz / 1024).toFixed(1)} KB gzip`);
    expect(scripts.length).toBeGreaterThan(0);
    expect(gz).toBeLessThanOrEqual(80 * 1024);
    const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(urls.filter((u) => /world-atlas|topojson|land-10m|countries-50m/.test(u))).toEqual([]);
  });
});

/** Scroll so the 60% trigger line is `progress` of the way through step i; wait until settled. */
async function scrollToProgress(page: Page, i: number, progress: number): Promise<void> {
  await scrollAndSync(page, i, await stepProgressY(page, i, progress));
  // Hidden layers follow the active step when the page is idle: the whole frame is settled then.
  await waitForMatch(page, `[data-settled="${i}"]`);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

interface LabelReport {
  count: number;
  small: string[];
  cut: string[];
  overlaps: string[];
}

/** Every visible SVG <text> in the sticky graphic: size on screen, inside the graphic, no overlaps. */
const checkLabels = (page: Page): Promise<LabelReport> =>
  page.evaluate(() => {
    const stage = document.querySelector('.graphic [data-scene]') as HTMLElement;
    const frame = stage.getBoundingClientRect();
    const visible = (el: Element) => {
      for (let e: Element | null = el; e && e !== stage; e = e.parentElement) {
        const cs = getComputedStyle(e);
        if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) < 0.5) return false;
      }
      return true;
    };
    const texts = [...stage.querySelectorAll('svg text')].filter((t) => visible(t) && (t as SVGTextElement).getBBox().width > 0) as SVGTextElement[];
    const boxes = texts.map((t) => ({ t, r: t.getBoundingClientRect(), name: (t.textContent ?? '').trim() }));
    const small: string[] = [];
    const cut: string[] = [];
    const overlaps: string[] = [];
    for (const { t, r, name } of boxes) {
      // The CTM's scale (a rotated label, along a line, keeps its size: cos θ alone would shrink it).
      const m = t.getScreenCTM();
      const px = parseFloat(getComputedStyle(t).fontSize) * (m ? Math.hypot(m.a, m.b) : 1);
      if (px < 11.9) small.push(`${name} (${px.toFixed(1)} px)`);
      if (r.left < frame.left - 1 || r.right > frame.right + 1 || r.top < frame.top - 1 || r.bottom > frame.bottom + 1) cut.push(name);
    }
    // Shrink boxes slightly: glyph boxes include line-gap padding that does not show ink.
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].r, b = boxes[j].r;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) - 0.3 * Math.min(a.height, b.height);
        if (w > 1 && h > 1) overlaps.push(`${boxes[i].name} × ${boxes[j].name}`);
      }
    return { count: boxes.length, small, cut, overlaps };
  });

async function stepsAndScenes(page: Page) {
  const ids = await page.$$eval('[data-step]', (els) => els.map((e) => e.getAttribute('data-step')!));
  const scenes = await page.$$eval('[data-step]', (els) => els.map((e) => e.getAttribute('data-step-scene')!));
  return { ids, scenes };
}

for (const [name, options] of Object.entries(VIEWPORTS)) {
  describe(`scenes on ${name}`, () => {
    it('every step shows its scene, with clean labels; scrolling back up redraws the same frames', async () => {
      const { page, errors } = name === 'phone' ? await phonePage() : await widePage();
      if (name !== 'phone') await resizeStory(page, options.viewport);
      // Hidden layers are built when the page is idle after load: compare frames once all exist.
      await page.waitForSelector('[data-deck="ready"]', { state: 'attached' });
      const { ids, scenes } = await stepsAndScenes(page);
      expect(ids.length).toBeGreaterThanOrEqual(7);
      const frames = new Map<string, string>();
      // The drawn frame: every element's tag, attributes (sorted) and own text. Comments, attribute
      // order and empty style attributes differ between a hydrated and a re-mounted scene; the drawing does not.
      const graphic = () =>
        page.$eval('.graphic', (g) =>
          [...g.querySelectorAll('*')]
            .map((el) => {
              // An emptied style attribute (a layer switched off and on again) draws nothing.
              const attrs = [...el.attributes].filter((a) => a.name !== 'style' || a.value.trim()).map((a) => `${a.name}=${a.value}`).sort().join(' ');
              const text = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent!.trim()).join('');
              return `${el.tagName}[${attrs}]${text}`;
            })
            .join('\n')
        );

      for (let i = 0; i < ids.length; i++) {
        for (const p of [0.5, 0.97]) {
          await scrollToProgress(page, i, p);
          expect(await page.$eval('.graphic [data-scene]', (e) => e.getAttribute('data-scene'))).toBe(scenes[i]);
          frames.set(`${i}@${p}`, await graphic());
        }
        const labels = await checkLabels(page);
        expect(labels.small, `${ids[i]}: labels under 12 px`).toEqual([]);
        expect(labels.cut, `${ids[i]}: labels cut by the edge`).toEqual([]);
        expect(labels.overlaps, `${ids[i]}: overlapping labels`).toEqual([]);
      }
      for (let i = ids.length - 1; i >= 0; i--) {
        for (const p of [0.97, 0.5]) {
          await scrollToProgress(page, i, p);
          expect(await graphic(), `${ids[i]} at progress ${p}: going up differs from going down`).toBe(frames.get(`${i}@${p}`));
        }
      }
      expect(errors).toEqual([]);
    });
  });
}

describe('labels at the extreme widths', () => {
  for (const viewport of [{ width: 320, height: 640 }, { width: 1920, height: 1080 }]) {
    it(`no label is cut, overlapping or under 12 px at ${viewport.width} px`, async () => {
      const { page } = await widePage();
      await resizeStory(page, viewport);
      const { ids } = await stepsAndScenes(page);
      for (let i = 0; i < ids.length; i++) {
        await scrollToProgress(page, i, 0.97);
        const labels = await checkLabels(page);
        expect([...labels.small, ...labels.cut, ...labels.overlaps], `${ids[i]} at ${viewport.width} px`).toEqual([]);
      }
    });
  }
});

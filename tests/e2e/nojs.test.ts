/**
 * Without JavaScript the story is complete: every paragraph and every step's text, each with its
 * own graphic inline, drawn at its end state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadStoryView } from '$lib/server/story';
import { launch, VIEWPORTS } from './browser';
import { lostContent, openStory } from './a11y-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

// Every edition: English at /, Arabic (right to left) at /ar/.
const EDITIONS = [['/', loadStoryView()], ['/ar/', loadStoryView('ar')]] as const;
const RUNS = EDITIONS.flatMap(([path, story]) => Object.entries(VIEWPORTS).map(([name, options]) => ({ path, story, name, options })));

for (const { path, story, name, options } of RUNS) {
  describe(`no JavaScript on ${name}, ${path}`, () => {
    it('shows the whole text and every step with its graphic, in order', async () => {
      const context = await browser.newContext({ ...options, javaScriptEnabled: false });
      const page = await context.newPage();
      const failed: string[] = [];
      // Scripts are not fetched without JS (Chromium may cancel a preload): any other failure counts.
      page.on('requestfailed', (r) => r.resourceType() !== 'script' && !r.url().endsWith('.js') && failed.push(r.url()));
      page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
      await openStory(page, path, { js: false });
      expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(false);
      await expect(page.locator('h1').isVisible()).resolves.toBe(true);
      expect(await page.locator('h1').innerText()).toBe(story.meta.headlineText);

      const steps = await page.$$eval('[data-step]', (els) =>
        els.map((el) => {
          const card = el.querySelector('.card')!.getBoundingClientRect();
          const g = el.querySelector<HTMLElement>('[data-scene]');
          const box = g?.getBoundingClientRect();
          return {
            id: el.getAttribute('data-step'),
            text: (el.querySelector('.card') as HTMLElement).innerText,
            cardTop: card.top + scrollY,
            cardHeight: card.height,
            scene: g?.getAttribute('data-scene') ?? null,
            graphicTop: box ? box.top + scrollY : -1,
            graphicArea: box ? box.width * box.height : 0,
            drawn: g ? g.querySelectorAll('svg *, li, p, span').length : 0
          };
        })
      );
      expect(steps.map((s) => s.id)).toEqual(story.steps.map((s) => s.id));
      let bottom = -Infinity;
      steps.forEach((s, i) => {
        expect(s.cardHeight).toBeGreaterThan(0);
        expect(s.text.length).toBeGreaterThan(40);
        expect(s.scene).toBe(story.steps[i].scene);
        // Its graphic is visible, below its text and above the next step.
        expect(s.graphicArea).toBeGreaterThan(100 * 100);
        expect(s.drawn).toBeGreaterThan(2);
        expect(s.graphicTop).toBeGreaterThan(s.cardTop);
        expect(s.cardTop).toBeGreaterThan(bottom);
        bottom = s.graphicTop;
      });
      // The sticky graphic of the JS layout is not shown; nothing is cut off sideways.
      expect(await page.locator('.graphic').isVisible()).toBe(false);
      expect(await lostContent(page)).toEqual([]);
      // Intro, outro and sources are all there.
      const all = await page.locator('article').innerText();
      expect(all).toContain(story.words.page.sourcesTitle);
      for (const s of story.sources) expect(all).toContain(s.name);
      expect(failed).toEqual([]);
      await context.close();
    }, 120_000);
  });
}

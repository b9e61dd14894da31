/**
 * axe-core (WCAG 2.0–2.2 A/AA and best practice) at every step of the story, at a phone and a
 * desktop size, in the light and the dark theme, in the page and in the embed; and each graphic's text alternative, from the
 * data file, read in order with its step.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadStoryView } from '$lib/server/story';
import { launch, storyPage, VIEWPORTS } from './browser';
import { axeAtEveryStep, axeInThemes, axeViolations, stepCount } from './a11y-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const story = loadStoryView();
const hasEmbed = existsSync('src/routes/embed/+page.svelte');

// Every size, each step in both themes: the reader's preference picks the theme (colorScheme),
// switched at each step of one walk (a11y-helpers axeInThemes).
for (const [name, options] of Object.entries(VIEWPORTS)) {
  describe(`axe on ${name}, light and dark`, () => {
    it('finds no violations at the top or at any step of the page', async () => {
      const { context, page, errors } = await storyPage(browser, { ...options, colorScheme: 'light' });
      expect(await stepCount(page)).toBe(story.steps.length);
      expect(await axeAtEveryStep(page, { dark: true })).toEqual({});
      expect(errors).toEqual([]);
      await context.close();
    }, 300_000);

    it.skipIf(!hasEmbed)('finds no violations at any step of the embed', async () => {
      const { context, page } = await storyPage(browser, { ...options, colorScheme: 'light' }, '/embed/');
      expect(await axeAtEveryStep(page, { dark: true, activate: false })).toEqual({});
      await context.close();
    }, 300_000);
  });
}

// The two phone checks below read one page opened for them: the text alternatives only read it;
// the axe scan's test plants violations in it, so it runs last and removes them.
describe('on one phone page', () => {
  let shared: Awaited<ReturnType<typeof storyPage>>;
  beforeAll(async () => {
    shared = await storyPage(browser, VIEWPORTS.phone);
  });
  afterAll(async () => shared?.context.close());

  describe('text alternatives of the graphics', () => {
    it('reads each step, then its graphic described from the data file, in order', async () => {
      const { page } = shared;
      // The drawn graphics are hidden from assistive tech; the description lives in the step.
      expect(await page.$$eval('.graphic, .inline-graphic', (els) => els.every((e) => e.closest('[aria-hidden="true"]')))).toBe(true);
      const tree = await page.locator('.scrolly').ariaSnapshot();
      let from = 0;
      for (const step of story.steps) {
        const snap = await page.locator(`[data-step="${step.id}"]`).ariaSnapshot();
        // An accessibility snapshot writes a no-break space (a number held to its unit) as a space.
        const alt = `Graphic: ${step.alt}`.replace(/\u00a0/g, ' ');
        expect(step.alt.length).toBeGreaterThan(20);
        expect(snap).toContain(alt);
        // After the step's own words, and after the previous step's description.
        const text = (await page.locator(`[data-step="${step.id}"] .card p`).first().innerText()).replace(/\u00a0/g, ' ');
        expect(snap.indexOf(alt)).toBeGreaterThan(snap.indexOf(text.slice(0, 30)));
        const at = tree.indexOf(alt, from);
        expect(at).toBeGreaterThan(-1);
        from = at + alt.length;
      }
    });
  });

  describe('the axe scan itself', () => {
    it('reports violations planted in the page (an image without a text alternative, grey on grey)', async () => {
      const { page } = shared;
      expect(await axeViolations(page)).toEqual([]);
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.id = 'planted-text';
        p.style.cssText = 'color: #777; background: #888';
        p.textContent = 'Grey on grey';
        const img = document.createElement('img');
        img.id = 'planted-img';
        img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
        document.querySelector('main')!.append(p, img);
      });
      try {
        const found = await axeInThemes(page, true);
        expect(found.some((l) => l.startsWith('color-contrast: #planted-text'))).toBe(true);
        expect(found.some((l) => l.startsWith('image-alt: #planted-img'))).toBe(true);
        expect(found.some((l) => l.startsWith('dark: color-contrast: #planted-text'))).toBe(true);
      } finally {
        await page.evaluate(() => document.querySelectorAll('#planted-text, #planted-img').forEach((e) => e.remove()));
      }
    });
  });
});

/**
 * axe-core (WCAG 2.0–2.2 A/AA and best practice) at every step of the story, at a phone and a
 * desktop size, in the light and the dark theme, in the page and in the embed; and each graphic's text alternative, from the
 * data file, read in order with its step.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadStoryView } from '$lib/server/story';
import { launch, storyPage, VIEWPORTS, waitForActive } from './browser';
import { axeViolations, scrollToStep, stepCount } from './a11y-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const story = loadStoryView();
const hasEmbed = existsSync('src/routes/embed/+page.svelte');

// Every size in both themes: the reader's preference picks the theme (colorScheme).
const RUNS = Object.entries(VIEWPORTS).flatMap(([vp, viewport]) =>
  (['light', 'dark'] as const).map((colorScheme) => [`${vp}, ${colorScheme}`, { ...viewport, colorScheme }] as const)
);
for (const [name, options] of RUNS) {
  describe(`axe on ${name}`, () => {
    it('finds no violations at the top or at any step of the page', async () => {
      const { context, page, errors } = await storyPage(browser, options);
      const found: Record<string, string[]> = { top: await axeViolations(page) };
      const n = await stepCount(page);
      expect(n).toBe(story.steps.length);
      for (let i = 0; i < n; i++) {
        await scrollToStep(page, i);
        await waitForActive(page, i);
        found[`step ${i}`] = await axeViolations(page);
      }
      await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
      found.end = await axeViolations(page);
      expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length))).toEqual({});
      expect(errors).toEqual([]);
      await context.close();
    }, 300_000);

    it.skipIf(!hasEmbed)('finds no violations at any step of the embed', async () => {
      const { context, page } = await storyPage(browser, options, '/embed/');
      const found: Record<string, string[]> = { top: await axeViolations(page) };
      const n = await stepCount(page);
      for (let i = 0; i < n; i++) {
        await page.locator('[data-step]').nth(i).scrollIntoViewIfNeeded();
        found[`step ${i}`] = await axeViolations(page);
      }
      expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v.length))).toEqual({});
      await context.close();
    }, 300_000);
  });
}

describe('text alternatives of the graphics', () => {
  it('reads each step, then its graphic described from the data file, in order', async () => {
    const { context, page } = await storyPage(browser, VIEWPORTS.phone);
    // The drawn graphics are hidden from assistive tech; the description lives in the step.
    expect(await page.$$eval('.graphic, .inline-graphic', (els) => els.every((e) => e.closest('[aria-hidden="true"]')))).toBe(true);
    const tree = await page.locator('.scrolly').ariaSnapshot();
    let from = 0;
    for (const step of story.steps) {
      const snap = await page.locator(`[data-step="${step.id}"]`).ariaSnapshot();
      const alt = `Graphic: ${step.alt}`;
      expect(step.alt.length).toBeGreaterThan(20);
      expect(snap).toContain(alt);
      // After the step's own words, and after the previous step's description.
      const text = await page.locator(`[data-step="${step.id}"] .card p`).first().innerText();
      expect(snap.indexOf(alt)).toBeGreaterThan(snap.indexOf(text.slice(0, 30)));
      const at = tree.indexOf(alt, from);
      expect(at).toBeGreaterThan(-1);
      from = at + alt.length;
    }
    await context.close();
  });
});

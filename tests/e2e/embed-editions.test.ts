/**
 * The Arabic edition's embed (/ar/embed/) on a host page of another origin, driven by each of the
 * three host scripts a newsroom may use: pym.js (the host's scroll drives the steps), the
 * project's snippet (the same), and @newswire/frames (stacked). Right to left inside the frame,
 * the frame as tall as its content, the steps following the host, no console error. The three
 * hosts open one after another in one kept tab (hostTab: each loads cold, with its own errors).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame } from 'playwright-core';
import { launch } from './browser';
import { copyVendorScripts, embedFrame, expectHeightMatches, hostTab, followHostBothWays, type HostTab } from './embed-hosts';
import { TRIGGER } from '$lib/scroll/scrolly.svelte';

let browser: Browser;
let tab: HostTab;
beforeAll(async () => {
  copyVendorScripts();
  browser = await launch();
  tab = await hostTab(browser, 'phone');
});
afterAll(async () => {
  await tab?.close();
  await browser?.close();
});

const langDir = (frame: Frame) => frame.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

describe('the Arabic embed on a host page', () => {
  for (const [host, file] of [['pym.js', 'embed-pym.html'], ["the project's snippet", 'embed-snippet.html']] as const) {
    it(`${host}: right to left, as tall as its content, steps follow the host's scroll both ways`, async () => {
      const h = await tab.open(file, '&edition=/ar/');
      try {
        const { iframe, frame } = await embedFrame(h.page, 0);
        expect(new URL(frame.url()).pathname).toBe('/ar/embed/');
        expect(await langDir(frame)).toEqual(['ar', 'rtl']);
        await frame.waitForSelector('[data-scroll-engine="embed"]', { state: 'attached' });
        await frame.evaluate(() => document.fonts.ready);
        await expectHeightMatches(iframe, frame);
        await followHostBothWays(iframe, frame, TRIGGER);
        expect(h.errors).toEqual([]);
      } finally {
        await h.close();
      }
    });
  }

  it('@newswire/frames: right to left, stacked, as tall as its content, every card readable', async () => {
    const h = await tab.open('embed-frames.html', '&edition=/ar/');
    try {
      const { iframe, frame } = await embedFrame(h.page);
      expect(await langDir(frame)).toEqual(['ar', 'rtl']);
      await frame.evaluate(() => document.fonts.ready);
      await expectHeightMatches(iframe, frame);
      // Stacked: every step's card and its own graphic, in order, the text in Arabic.
      const cards = await frame.$$eval('[data-step] .card', (els) => els.map((e) => (e.textContent ?? '').trim()));
      expect(cards.length).toBeGreaterThan(5);
      for (const c of cards) expect(c).toMatch(/[\u0600-\u06ff]/);
      expect(h.errors).toEqual([]);
    } finally {
      await h.close();
    }
  });
});

/**
 * The story inside another origin's article (host on localhost, story on 127.0.0.1), in
 * Chromium at a phone and a desktop size: the real pym.js 1.3.2 parent with
 * data-pym-trackscroll, the project's own snippet (twice on one page), the real
 * @newswire/frames parent, and a plain iframe with no parent script at all.
 * The tests of one size open their hosts one after another in one kept tab (hostTab: each host
 * loads cold, at the full size, with its own errors), and walk the steps with
 * scrollHostToStep (a few calls to the browser per step, not ten).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame } from 'playwright-core';
import { serveStatic } from '../../scripts/serve-static.mjs';
import { launch, VIEWPORTS, waitForActive } from './browser';
import { TRIGGER } from '$lib/scroll/scrolly.svelte';
import {
  activeStep,
  copyVendorScripts,
  embedFrame,
  engine,
  expectHeightMatches,
  graphicInHost,
  hostTab,
  stickyTop,
  scrollHostToStep,
  stepBoxes,
  followHostBothWays,
  type HostTab,
  type ViewportName
} from './embed-hosts';

let browser: Browser;
/** The same build from a CDN that sends Access-Control-Allow-Origin (opaque-origin frames need it). */
let corsSite: string;
let corsServer: { close(): void } | undefined;
/** Height errors measured (px), reported at the end. */
const measured: string[] = [];

beforeAll(async () => {
  copyVendorScripts();
  browser = await launch();
  const cors = await serveStatic(process.env.BUILD_DIR || 'build', { host: '127.0.0.1', headers: { 'access-control-allow-origin': '*' } });
  corsServer = cors.server;
  corsSite = cors.url;
});
afterAll(async () => {
  corsServer?.close();
  await browser?.close();
  console.log(`embed height error (px):\n  ${measured.join('\n  ')}`);
});

/**
 * The graphic sits where sticky would put it, and inside the host viewport once the section fills
 * it, with the active step's card readable on screen.
 */
async function expectGraphicHeld(iframe: Parameters<typeof graphicInHost>[0], frame: Parameters<typeof graphicInHost>[1]): Promise<boolean> {
  const g = await graphicInHost(iframe, frame);
  expect(Math.abs(g.top - stickyTop(g))).toBeLessThanOrEqual(1);
  expect(g.bottom - g.top).toBeLessThanOrEqual(g.vh + 1);
  if (g.sectionTop <= 0 && g.sectionBottom >= g.bottom - g.top) {
    expect(g.top).toBeGreaterThanOrEqual(-1);
    expect(g.bottom).toBeLessThanOrEqual(g.vh + 1);
    // The active step's text is on screen and not hidden under the graphic.
    expect(g.cardTop).toBeGreaterThanOrEqual(0);
    expect(g.cardTop + 12).toBeLessThan(g.vh);
    expect(g.cardOnTop).toBe(true);
    return true;
  }
  return false;
}

/** A narrower and shorter window than the context's, to check heights follow a resize. */
const resized = (vp: ViewportName) => ({ width: Math.round(VIEWPORTS[vp].viewport.width * 0.8), height: VIEWPORTS[vp].viewport.height });

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('embedded at %s size', (vp) => {
  let tab: HostTab;
  beforeAll(async () => {
    tab = await hostTab(browser, vp);
  });
  afterAll(() => tab?.close());

  it('pym.js parent: height follows content; steps follow the parent scroll both ways', async () => {
    const host = await tab.open('embed-pym.html');
    try {
      const { iframe, frame } = await embedFrame(host.page);
      // pym answers parentPositionInfo and pushes on scroll: the embed driver takes over.
      await frame.waitForSelector('[data-scroll-engine="embed"]', { state: 'attached' });
      measured.push(`pym ${vp} after load: ${await expectHeightMatches(iframe, frame)}`);

      const n = (await stepBoxes(frame)).length;
      expect(n).toBeGreaterThan(1);
      for (let i = 0; i < n; i++) await scrollHostToStep(iframe, frame, i, TRIGGER);
      for (let i = n - 1; i >= 0; i--) await scrollHostToStep(iframe, frame, i, TRIGGER);

      await host.page.setViewportSize(resized(vp));
      measured.push(`pym ${vp} after resize: ${await expectHeightMatches(iframe, frame)}`);
      expect(host.errors).toEqual([]);
    } finally {
      await host.close();
    }
  });

  it('pym.js parent without trackscroll: the embed asks for the position as its steps move', async () => {
    const host = await tab.open('embed-pym.html', '&trackscroll=0');
    try {
      const { iframe, frame } = await embedFrame(host.page);
      await frame.waitForSelector('[data-scroll-engine="embed"]', { state: 'attached' });
      await followHostBothWays(iframe, frame, TRIGGER);
      expect(host.errors).toEqual([]);
    } finally {
      await host.close();
    }
  });

  it("the project's snippet: height, steps both ways, the graphic held in view; two embeds stay independent", async () => {
    const host = await tab.open('embed-snippet.html');
    try {
      const { iframe, frame } = await embedFrame(host.page, 0);
      await frame.waitForSelector('[data-scroll-engine="embed"]', { state: 'attached' });
      expect(await iframe.evaluate((f) => [f.title, f.loading, f.getBoundingClientRect().width === f.parentElement!.clientWidth])).toEqual([
        'Embedded story (first)',
        'lazy',
        true
      ]);
      measured.push(`snippet ${vp} after load: ${await expectHeightMatches(iframe, frame)}`);

      const n = (await stepBoxes(frame)).length;
      let held = 0;
      for (let i = 0; i < n; i++) {
        await scrollHostToStep(iframe, frame, i, TRIGGER);
        if (await expectGraphicHeld(iframe, frame)) held++;
      }
      for (let i = n - 1; i >= 0; i--) {
        await scrollHostToStep(iframe, frame, i, TRIGGER);
        if (await expectGraphicHeld(iframe, frame)) held++;
      }

      // All but the first step and its way back are read with the graphic fully held in view.
      expect(held).toBeGreaterThanOrEqual(2 * n - 2);

      // The second embed further down: its steps follow its own position, the first keeps its own.
      const second = await embedFrame(host.page, 1);
      await second.frame.waitForSelector('[data-scroll-engine="embed"]', { state: 'attached' });
      await expectHeightMatches(second.iframe, second.frame);
      await scrollHostToStep(second.iframe, second.frame, 1, TRIGGER);
      await waitForActive(frame, n - 1);

      await host.page.setViewportSize(resized(vp));
      measured.push(`snippet ${vp} after resize: ${await expectHeightMatches(iframe, frame)}`);
      expect(host.errors).toEqual([]);
    } finally {
      await host.close();
    }
  });

  it('@newswire/frames parent: the iframe takes the content height', async () => {
    const host = await tab.open('embed-frames.html');
    try {
      const { iframe, frame } = await embedFrame(host.page);
      measured.push(`frames ${vp} after load: ${await expectHeightMatches(iframe, frame)}`);
      await host.page.setViewportSize(resized(vp));
      measured.push(`frames ${vp} after resize: ${await expectHeightMatches(iframe, frame)}`);
      // frames sends no viewport: the story stays stacked, complete without sticky.
      expect(await engine(frame)).toBe('stacked');
      expect(host.errors).toEqual([]);
    } finally {
      await host.close();
    }
  });

  it('plain iframe, no parent script: stacked, every step with its text and its graphic', async () => {
    const host = await tab.open('embed-plain.html');
    try {
      const { frame } = await embedFrame(host.page);
      expect(await engine(frame)).toBe('stacked');
      await expectStackedStory(frame);
      expect(host.errors).toEqual([]);
    } finally {
      await host.close();
    }
  });

  it('WordPress-style sandboxed iframe (opaque origin), CDN with CORS: hydrated, stacked, maps with their coastline', async () => {
    const host = await tab.open('embed-plain.html', '&sandbox=1', corsSite);
    try {
      const { frame } = await embedFrame(host.page);
      expect(await frame.evaluate(() => window.origin)).toBe('null');
      expect(await engine(frame)).toBe('stacked');
      await frame.waitForSelector('svg[data-inline-sprite]', { state: 'attached' });
      // Every sprite reference now points into the document, at a symbol that exists.
      const refs = await frame.$$eval('use', (uses) => uses.map((u) => u.getAttribute('href')!));
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) expect(ref.startsWith('#')).toBe(true);
      expect(await frame.$$eval('use', (uses) => uses.every((u) => document.getElementById(u.getAttribute('href')!.slice(1))))).toBe(true);
      await expectStackedStory(frame);
    } finally {
      await host.close();
    }
  });

  it('WordPress-style sandboxed iframe, CDN without CORS (no scripts run): the prerendered stacked story', async () => {
    const host = await tab.open('embed-plain.html', '&sandbox=1');
    try {
      const iframe = (await host.page.waitForSelector('iframe'))!;
      await iframe.scrollIntoViewIfNeeded();
      const frame = (await iframe.contentFrame())!;
      // The stylesheet has applied once the sticky graphic is hidden by the stacked layout.
      await frame.waitForFunction(() => {
        const g = document.querySelector('.scrolly[data-layout="stacked"] .graphic');
        return !!g && getComputedStyle(g).display === 'none';
      });
      await expectStackedStory(frame);
    } finally {
      await host.close();
    }
  });
});

/**
 * The stacked layout: no sticky graphic; every step's card and inline graphic on show. Each step is
 * scrolled into view, then read in one evaluate (visible as Playwright's isVisible has it: rendered,
 * not visibility-hidden, a box of some size).
 */
async function expectStackedStory(frame: Frame) {
  expect(await activeStep(frame)).toBe(0);
  expect(await frame.isVisible('.scrolly .graphic')).toBe(false);
  const steps = await frame.$$('[data-step]');
  expect(steps.length).toBeGreaterThan(1);
  for (const [k, step] of steps.entries()) {
    await step.scrollIntoViewIfNeeded();
    const seen = await step.evaluate((el) => {
      const visible = (e: Element | null) => {
        if (!e || !e.checkVisibility() || getComputedStyle(e).visibility !== 'visible') return false;
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0;
      };
      const card = el.querySelector<HTMLElement>('.card');
      const figure = el.querySelector('.inline-graphic');
      return {
        card: visible(card),
        text: (card?.innerText ?? '').trim().length,
        figure: visible(figure),
        height: figure?.getBoundingClientRect().height ?? 0,
        scene: !!figure?.querySelector('[data-scene]')
      };
    });
    const where = `step ${k}`;
    expect(seen.card, where).toBe(true);
    expect(seen.text, where).toBeGreaterThan(20);
    expect(seen.figure, where).toBe(true);
    // Readable inside a 1000 px tall frame (WordPress's cap): each graphic fits in it.
    expect(seen.height, where).toBeGreaterThan(100);
    expect(seen.height, where).toBeLessThan(1000);
    expect(seen.scene, where).toBe(true);
  }
  // Nothing wider than the frame.
  expect(await frame.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

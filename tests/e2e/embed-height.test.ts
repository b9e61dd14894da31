/**
 * The iframe's height follows the story's before the reader scrolls the host page at all: the
 * embed sits below the fold of a long article (its rendering throttled, so ResizeObserver is
 * silent), and its height is compared with the content's at load, once the fonts are in, after
 * the switch into the scroll-driven layout (pym, snippet) and after the host window is resized.
 * The hosts of one size open one after another in one kept tab (hostTab): each still loads cold
 * (its cache emptied, so the fonts arrive after the load as on a first visit), at the full size.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, ElementHandle, Frame, Page } from 'playwright-core';
import { launch, VIEWPORTS } from './browser';
import { copyVendorScripts, engine, heights, hostTab, type HostTab, type ViewportName } from './embed-hosts';

let browser: Browser;
const measured: string[] = [];

beforeAll(async () => {
  copyVendorScripts();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  console.log(`embed height before any host scroll, error (px):\n  ${measured.join('\n  ')}`);
});

/** Paragraphs before the embed: it starts below the fold at both sizes. */
const LEAD = 10;

/** The iframe and its hydrated story, without scrolling the host (no rAF polling: the frame is throttled). */
async function frameInPlace(page: Page): Promise<{ iframe: ElementHandle<HTMLIFrameElement>; frame: Frame }> {
  await page.waitForFunction(() => !!document.querySelector('iframe')?.contentWindow, null, { polling: 100 });
  const iframe = (await page.$('iframe')) as ElementHandle<HTMLIFrameElement>;
  expect(await iframe.evaluate((f) => f.getBoundingClientRect().top > innerHeight)).toBe(true);
  const frame = (await iframe.contentFrame())!;
  await frame.waitForFunction(() => document.querySelector('[data-scroll-engine]:not([data-scroll-engine="none"])'), null, { polling: 100, timeout: 20_000 });
  return { iframe, frame };
}

/** Within 2 px within a few message round trips of `moment`, the host still unscrolled. */
async function expectHeightNow(page: Page, iframe: ElementHandle<HTMLIFrameElement>, frame: Frame, label: string) {
  let last = await heights(iframe, frame);
  try {
    await expect.poll(async () => (last = await heights(iframe, frame)).error, { timeout: 3_000, interval: 50 }).toBeLessThanOrEqual(2);
  } catch (e) {
    throw new Error(`${label}: iframe ${last.outer} px vs content ${last.inner} px`, { cause: e });
  }
  expect(await page.evaluate(() => scrollY)).toBe(0);
  measured.push(`${label}: ${last.error.toFixed(1)}`);
}

const HOSTS = [
  { name: 'pym.js 1.3.2 with trackscroll', file: 'embed-pym.html', drives: true },
  { name: "the project's snippet", file: 'embed-snippet.html', drives: true },
  { name: '@newswire/frames', file: 'embed-frames.html', drives: false }
];

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('at %s size, before any host scroll', (vp) => {
  let tab: HostTab;
  beforeAll(async () => {
    tab = await hostTab(browser, vp);
  });
  afterAll(() => tab?.close());

  it.each(HOSTS)('$name: the iframe is as tall as the story at every stage', async ({ name, file, drives }) => {
    const host = await tab.open(file, `&lead=${LEAD}`);
    try {
      const { page } = host;
      const { iframe, frame } = await frameInPlace(page);
      const tag = `${name} ${vp}`;
      await expectHeightNow(page, iframe, frame, `${tag} load`);

      expect(await frame.evaluate(() => document.fonts.ready.then(() => document.fonts.status))).toBe('loaded');
      await expectHeightNow(page, iframe, frame, `${tag} fonts`);

      if (drives) {
        // The first viewport switches the story into the scroll-driven layout (taller steps).
        await frame.waitForFunction(() => document.querySelector('[data-scroll-engine="embed"]'), null, { polling: 100, timeout: 10_000 });
        await expectHeightNow(page, iframe, frame, `${tag} first viewport`);
      } else {
        expect(await engine(frame)).toBe('stacked');
      }

      // Narrower and shorter: the text reflows and the steps follow the host's viewport height.
      const size = VIEWPORTS[vp].viewport;
      const width = Math.round(size.width * 0.8);
      await page.setViewportSize({ width, height: Math.round(size.height * 0.85) });
      // The frame may learn its new width only later (not rendered below the fold): either way, heights match.
      await page.waitForFunction((w) => innerWidth < w, size.width, { polling: 100 });
      await expectHeightNow(page, iframe, frame, `${tag} resize`);
      expect(host.errors).toEqual([]);
    } finally {
      await host.close();
    }
  });
});

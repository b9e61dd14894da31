/**
 * Reader events in a real browser: the story announces each step a reader reaches, once per
 * step per page view, as `story-step` on window; embedded, the host page gets it from the
 * project's snippet (on its element, bubbling), from pym.js (`onMessage('story-step')`) and as a
 * message under @newswire/frames. Nothing is stored or sent: no cookie, no request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, ElementHandle, Frame, Page } from 'playwright-core';
import { launch, openStory, siteUrl, VIEWPORTS, waitForActive } from './browser';
import { scrollToStep } from './a11y-helpers';
import { copyVendorScripts, embedFrame, expectHeightMatches, openHost, scrollHostToStep } from './embed-hosts';
import { TRIGGER } from '$lib/scroll/scrolly.svelte';
import { loadStoryView } from '$lib/server/story';

const story = loadStoryView();
/** Every step, in order, as the event's detail should name it. */
const ALL = story.steps.map((s, index) => ({ index, id: s.id, edition: story.meta.language }));

let browser: Browser;
beforeAll(async () => {
  copyVendorScripts();
  browser = await launch();
});
afterAll(() => browser?.close());

type Got = { index: number; id: string; edition: string };
const got = (page: Page) => page.evaluate(() => (window as unknown as { got: Got[] }).got);
const waitForCount = (page: Page, n: number) =>
  page.waitForFunction((n) => (window as unknown as { got: unknown[] }).got.length >= n, n, { timeout: 30_000 });

/**
 * The n-th embed, once it runs in the scroll-driven layout with its final height: scroll targets
 * measured while the frame still grew (a loaded machine) landed a scroll meant for one step on another.
 */
async function scrollDrivenFrame(page: Page, n: number) {
  const { iframe, frame } = await embedFrame(page, n);
  await frame.waitForSelector('[data-scroll-engine="embed"]', { state: 'attached' });
  await frame.evaluate(() => document.fonts.ready);
  await expectHeightMatches(iframe, frame);
  return { iframe, frame };
}

/** Scroll the host through every step of the embed, each announced before the next scroll. */
async function walkHostDown(page: Page, iframe: ElementHandle<HTMLIFrameElement>, frame: Frame) {
  for (let i = 0; i < ALL.length; i++) {
    await scrollHostToStep(iframe, frame, i, TRIGGER);
    await waitForCount(page, i + 1);
  }
}

/**
 * Open host page `file`, give it an empty `window.got` and run `listen` in it (what the host does
 * to hear the story's steps), then `walk`; the host page must log no error. Closed in any case.
 */
async function onHost(file: string, listen: () => void, walk: (page: Page) => Promise<void>) {
  const host = await openHost(browser, 'phone', file);
  try {
    await host.page.evaluate(() => ((window as unknown as { got: unknown[] }).got = []));
    await host.page.evaluate(listen);
    await walk(host.page);
    expect(host.errors).toEqual([]);
  } finally {
    await host.close();
  }
}

describe('reader events', () => {
  it.each(Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[])('the page at %s size: each step once, in reading order, down and back up; no cookie, no request', async (vp) => {
    const context = await browser.newContext(VIEWPORTS[vp]);
    try {
      await context.addInitScript(() => {
        const w = window as unknown as { got: unknown[] };
        w.got = [];
        addEventListener('story-step', (e) => w.got.push((e as CustomEvent).detail));
      });
      const page = await context.newPage();
      await openStory(page);
      expect(await got(page)).toEqual([]); // the first step has not reached the trigger line yet
      const requests: string[] = [];
      page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
      const n = ALL.length;
      for (let i = 0; i < n; i++) {
        await scrollToStep(page, i);
        await waitForActive(page, i);
        await waitForCount(page, i + 1);
      }
      for (let i = n - 1; i >= 0; i--) {
        await scrollToStep(page, i);
        await waitForActive(page, i);
      }
      expect(await got(page)).toEqual(ALL);
      expect(await page.evaluate(() => document.cookie)).toBe('');
      expect(requests.filter((r) => !r.startsWith(`GET ${siteUrl('/')}`))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("the project's snippet re-dispatches them on its element, bubbling, in the host page", () =>
    onHost(
      'embed-snippet.html',
      () => {
        // Listened for on the document: the event bubbles from the embed's element.
        document.addEventListener('story-step', (e) => {
          const el = e.target as HTMLElement;
          if (el.getAttribute('data-title') === 'Embedded story (first)') (window as unknown as { got: unknown[] }).got.push((e as CustomEvent).detail);
        });
      },
      async (page) => {
        const { iframe, frame } = await scrollDrivenFrame(page, 0);
        await walkHostDown(page, iframe, frame);
        await scrollHostToStep(iframe, frame, 0, TRIGGER);
        expect(await got(page)).toEqual(ALL);
      }
    ));

  it('a pym.js parent receives them with onMessage("story-step"), the detail as JSON', () =>
    onHost(
      'embed-pym.html',
      () => {},
      async (page) => {
        // Start-up on a slow phone (4x CPU): nothing is announced before the host is scrolled.
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await page.waitForFunction(() => (window as unknown as { pym?: { autoInitInstances: unknown[] } }).pym?.autoInitInstances.length);
        await page.evaluate(() => {
          const w = window as unknown as { got: unknown[]; pym: { autoInitInstances: { onMessage(t: string, f: (m: string) => void): void }[] } };
          w.pym.autoInitInstances[0].onMessage('story-step', (json) => w.got.push(JSON.parse(json)));
        });
        const { iframe, frame } = await scrollDrivenFrame(page, 0);
        expect(await got(page)).toEqual([]);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        await walkHostDown(page, iframe, frame);
        expect(await got(page)).toEqual(ALL);
      }
    ));

  it('under @newswire/frames (stacked layout) a step counts once its card is in view; the host reads the message', () =>
    onHost(
      'embed-frames.html',
      () => {
        addEventListener('message', (e) => {
          if (e.data?.ns === 'story-embed' && e.data.type === 'story-step')
            (window as unknown as { got: unknown[] }).got.push({ index: e.data.index, id: e.data.id, edition: e.data.edition });
        });
      },
      async (page) => {
        const { iframe, frame } = await embedFrame(page);
        await frame.evaluate(() => document.fonts.ready);
        // As above: the cards are measured once the frame has taken its content's height.
        await expectHeightMatches(iframe, frame);
        for (let i = 0; i < ALL.length; i++) {
          // Measured each time: the frame's height follows its content.
          const top = await frame.$$eval('[data-step] .card', (els, i) => els[i].getBoundingClientRect().top + scrollY, i);
          const y = await iframe.evaluate((f, top) => f.getBoundingClientRect().top + scrollY + top - 100, top);
          await page.evaluate((y) => scrollTo(0, y), y);
          await waitForCount(page, i + 1);
        }
        expect(await got(page)).toEqual(ALL);
      }
    ));
});

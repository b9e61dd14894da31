/**
 * Hostile messages change nothing, on either side: the project's snippet (host, localhost) and
 * the embedded story (127.0.0.1). Sent from the wrong window, a sandboxed third-origin frame,
 * and from the right windows with wrong types, versions, huge/negative/NaN numbers and script
 * strings. Each batch ends with a sentinel from the same sender, so the test knows the real
 * listeners have seen every hostile message before it compares (no fixed sleeps).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { launch, VIEWPORTS } from './browser';
import { TRIGGER } from '$lib/scroll/scrolly.svelte';
import { NS, VERSION } from '$lib/embed/protocol';
import { copyVendorScripts, embedFrame, openHost, scrollHostToStep, type ViewportName } from './embed-hosts';

let browser: Browser;
beforeAll(async () => {
  copyVendorScripts();
  browser = await launch();
});
afterAll(() => browser?.close());

const SCRIPT = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

/** Messages that must not move the iframe (sent to the host page's snippet). */
const toParent = [
  { ns: NS, v: VERSION, type: 'height', height: 1e9 },
  { ns: NS, v: VERSION, type: 'height', height: -400 },
  { ns: NS, v: VERSION, type: 'height', height: Number.NaN },
  { ns: NS, v: VERSION, type: 'height', height: Number.POSITIVE_INFINITY },
  { ns: NS, v: VERSION, type: 'height', height: SCRIPT },
  { ns: NS, v: VERSION, type: 'height', height: '5000' },
  { ns: NS, v: 2, type: 'height', height: 5000 },
  { ns: 'other', v: VERSION, type: 'height', height: 5000 },
  { ns: NS, v: VERSION, type: 'navigate', url: 'javascript:window.__pwned=1' },
  { ns: NS, v: VERSION, type: SCRIPT, height: 5000 },
  SCRIPT,
  'pymxPYMxstory-embedxPYMxheightxPYMx5000',
  null
];

/** Messages that must not move the steps or the graphic (sent to the embed). */
const toChild = [
  { ns: NS, v: VERSION, type: 'viewport', vw: 390, vh: Number.NaN, top: -3000, bottom: 6000 },
  { ns: NS, v: VERSION, type: 'viewport', vw: 390, vh: -844, top: -3000, bottom: 6000 },
  { ns: NS, v: VERSION, type: 'viewport', vw: 390, vh: 844, top: -1e12, bottom: 6000 },
  { ns: NS, v: VERSION, type: 'viewport', vw: 390, vh: 844, top: 100, bottom: -100 },
  { ns: NS, v: VERSION, type: 'viewport', vw: '390', vh: '844', top: '-3000', bottom: '6000' },
  { ns: NS, v: VERSION, type: 'viewport', vw: SCRIPT, vh: 844, top: -3000, bottom: 6000 },
  { ns: NS, v: 2, type: 'viewport', vw: 390, vh: 844, top: -3000, bottom: 6000 },
  { ns: NS, v: VERSION, type: 'eval', code: 'window.__pwned=1' },
  { sentinel: 'amp', type: 'embed-size', height: 1e9 },
  'pymxPYMxstory-embedxPYMxviewport-iframe-positionxPYMx390 844 -3000 0 6000 390',
  SCRIPT,
  undefined
];

/** Resolves once `win` (this page/frame) receives `token` via postMessage. */
const armSentinel = (target: Page | Frame, token: string) =>
  target.evaluate((t) => {
    (window as unknown as Record<string, unknown>)[`__seen_${t}`] = false;
    addEventListener('message', (e) => {
      if (e.data === t) (window as unknown as Record<string, unknown>)[`__seen_${t}`] = true;
    });
  }, token);
const waitSentinel = (target: Page | Frame, token: string) =>
  target.waitForFunction((t) => (window as unknown as Record<string, unknown>)[`__seen_${t}`] === true, token, { timeout: 10_000 });

async function snapshot(page: Page, frame: Frame) {
  const parent = await page.evaluate(() => ({
    height: document.querySelector('iframe')!.getBoundingClientRect().height,
    scripts: document.scripts.length,
    pwned: 'pwned' in window || '__pwned' in window
  }));
  const child = await frame.evaluate(() => {
    const root = document.querySelector('.scrolly')!;
    return {
      step: root.getAttribute('data-active-step'),
      layout: root.getAttribute('data-layout'),
      hostTop: root.getAttribute('data-host-top'),
      transform: (root.querySelector('.graphic') as HTMLElement).style.transform,
      scripts: document.scripts.length,
      images: document.images.length,
      pwned: '__pwned' in window
    };
  });
  return { parent, child };
}

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('hostile messages at %s size', (vp) => {
  it('change nothing on the snippet side or in the embed', async () => {
    const host = await openHost(browser, vp, 'embed-snippet.html');
    try {
      const { page } = host;
      const { iframe, frame } = await embedFrame(page, 0);
      await frame.waitForSelector('[data-scroll-engine="embed"]', { state: 'attached' });
      await scrollHostToStep(iframe, frame, 1, TRIGGER);
      const before = await snapshot(page, frame);

      // 1. From inside the embed (the right window and origin), bad content, to the snippet.
      await armSentinel(page, 'from-child');
      await frame.evaluate(
        ({ msgs }) => {
          for (const m of msgs) parent.postMessage(m, '*');
          parent.postMessage('from-child', '*');
        },
        { msgs: toParent }
      );
      await waitSentinel(page, 'from-child');

      // 2. From the host page's own window (wrong source), well-formed, to the snippet.
      await armSentinel(page, 'from-self');
      await page.evaluate(
        ({ ns, v }) => {
          postMessage({ ns, v, type: 'height', height: 5000 }, '*');
          postMessage('from-self', '*');
        },
        { ns: NS, v: VERSION }
      );
      await waitSentinel(page, 'from-self');

      // 3. From the host (the embed's real parent), bad content, to the embed.
      await armSentinel(frame, 'from-parent');
      await page.evaluate(
        ({ msgs }) => {
          const w = document.querySelector('iframe')!.contentWindow!;
          for (const m of msgs) w.postMessage(m, '*');
          w.postMessage('from-parent', '*');
        },
        { msgs: toChild }
      );
      await waitSentinel(frame, 'from-parent');

      // 4. From a sandboxed sibling frame (opaque origin, not the parent), well-formed, to both.
      await armSentinel(frame, 'from-sibling');
      await armSentinel(page, 'from-sibling');
      await page.evaluate(
        ({ ns, v }) => {
          const evil = document.createElement('iframe');
          evil.setAttribute('sandbox', 'allow-scripts');
          const target = 'parent.frames[0]';
          evil.srcdoc =
            '<script>' +
            `${target}.postMessage({ns:${JSON.stringify(ns)},v:${v},type:'viewport',vw:390,vh:844,top:-99999,bottom:10},'*');` +
            `${target}.postMessage('from-sibling','*');` +
            `parent.postMessage({ns:${JSON.stringify(ns)},v:${v},type:'height',height:5000},'*');` +
            `parent.postMessage('from-sibling','*');` +
            '</' + 'script>';
          document.body.appendChild(evil);
        },
        { ns: NS, v: VERSION }
      );
      await waitSentinel(frame, 'from-sibling');
      await waitSentinel(page, 'from-sibling');

      const after = await snapshot(page, frame);
      // The sibling frame is the one script-free addition to the host page.
      expect(after.parent).toEqual(before.parent);
      expect(after.child).toEqual(before.child);
      expect(after.child.pwned).toBe(false);
      expect(after.parent.pwned).toBe(false);

      // And the embed still works: a real scroll still moves the steps.
      await scrollHostToStep(iframe, frame, 2, TRIGGER);
      expect(host.errors).toEqual([]);
    } finally {
      await host.close();
    }
  });
});

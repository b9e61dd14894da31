// First load, cache disabled: what a new reader downloads and when the page paints.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cumulativeLayoutShift, totalBlockingTime } from './observe.mjs';

/** Record every response on the CDP session: URL, type, bytes on the wire and decoded. */
export function recordNetwork(cdp) {
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, type: e.type, wire: 0, body: 0, done: false }));
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { type: e.type, mime: e.response.mimeType, encoding: e.response.headers['content-encoding'] ?? null, status: e.response.status });
  });
  cdp.on('Network.dataReceived', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.body += e.dataLength;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { wire: e.encodedDataLength, done: true });
  });
  return requests;
}

/** Size of a served file as the CDN's gzip copy (precompressed beside it in the build). */
function gzipSize(buildDir, url) {
  const path = join(buildDir, decodeURIComponent(new URL(url).pathname));
  const gz = path + '.gz';
  if (existsSync(gz)) return statSync(gz).size;
  return existsSync(path) && statSync(path).isFile() ? statSync(path).size : 0;
}

const isJs = (r) => r.type === 'Script' || /javascript/.test(r.mime ?? '') || /\.m?js(\?|$)/.test(r.url);

/** Navigate `page` to `url` and measure the first load; returns the figures and the page timing origin. */
export async function measureLoad(page, requests, url, buildDir) {
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  // Settle: no requests for 500 ms, then let the browser report its paint entries.
  await page.waitForLoadState('networkidle', { timeout: 120_000 });
  // The story builds its hidden scene layers when idle after load (data-deck="building" until done):
  // that work belongs to the load (its long tasks count in TBT below), not to the reader's scroll.
  await page.waitForFunction(() => !document.querySelector('[data-deck="building"]'), null, { timeout: 120_000 });
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0))));
  const perf = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const b = window.__bench;
    return { ...b, loadEnd: nav.loadEventEnd, domContentLoaded: nav.domContentLoadedEventEnd, now: performance.now() };
  });
  const list = [...requests.values()].filter((r) => r.done);
  const js = list.filter(isJs);
  const doc = list.find((r) => r.type === 'Document');
  const lcp = perf.lcp.at(-1);
  return {
    figures: {
      jsGzipKB: js.reduce((s, r) => s + gzipSize(buildDir, r.url), 0) / 1024,
      jsTransferKB: js.reduce((s, r) => s + r.wire, 0) / 1024,
      totalTransferKB: list.reduce((s, r) => s + r.wire, 0) / 1024,
      requests: list.length,
      htmlTransferKB: (doc?.wire ?? 0) / 1024,
      htmlKB: (doc?.body ?? 0) / 1024,
      fcpMs: perf.fcp,
      lcpMs: lcp?.start ?? null,
      loadCls: cumulativeLayoutShift(perf.shifts),
      tbtMs: totalBlockingTime(perf.longtasks, perf.fcp ?? 0, perf.now)
    },
    detail: {
      lcpElement: lcp ? { tag: lcp.tag, id: lcp.id, size: lcp.size, url: lcp.url } : null,
      requests: list.map((r) => ({ url: new URL(r.url).pathname, type: r.type, encoding: r.encoding, wire: r.wire, body: r.body })),
      loadLongTasks: perf.longtasks
    }
  };
}

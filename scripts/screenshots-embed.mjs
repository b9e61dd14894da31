// Screenshots of every step of the embed as a newsroom's reader sees it: a host page on another
// origin (tests/e2e/hosts, served on localhost) frames the story (served on 127.0.0.1) with
// pym.js, and the host's scroll drives the steps, down and then back up.
// Usage: node scripts/screenshots-embed.mjs [buildDir=build] [outDir=/tmp/shots-embed] [scheme=light] [edition=/]
import { copyFileSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveStatic } from './serve-static.mjs';

const [dir = 'build', out = '/tmp/shots-embed', scheme = 'light', edition = '/'] = process.argv.slice(2);
if (!['light', 'dark'].includes(scheme)) throw new Error(`scheme must be light or dark, got ${scheme}`);
mkdirSync(out, { recursive: true });
mkdirSync('tests/e2e/hosts/vendor', { recursive: true });
copyFileSync('node_modules/pym.js/dist/pym.v1.min.js', 'tests/e2e/hosts/vendor/pym.v1.min.js');

const site = await serveStatic(dir, { host: '127.0.0.1' });
const host = await serveStatic('tests/e2e/hosts', { host: 'localhost' });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
});
const prefix = `${scheme === 'dark' ? 'dark-' : ''}${edition === '/' ? '' : edition.replace(/\//g, '') + '-'}`;
try {
  for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }]]) {
    const page = await browser.newPage({ viewport, colorScheme: scheme });
    page.on('pageerror', (e) => console.log('page error:', String(e)));
    page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
    await page.goto(`${host.url}/embed-pym.html?site=${encodeURIComponent(site.url)}&edition=${encodeURIComponent(edition)}`);
    await page.waitForFunction(() => document.querySelector('iframe'));
    const iframe = await page.$('iframe');
    const frame = await iframe.contentFrame();
    await frame.waitForSelector('[data-scroll-engine="embed"]', { state: 'attached', timeout: 30_000 });
    await frame.evaluate(() => document.fonts.ready);
    // Measure once the iframe is as tall as its content: measured while it still grew (the
    // switch out of the stacked layout), a scroll meant for the first steps landed past them.
    const settled = async () => {
      for (let k = 0; k < 150; k++) {
        const outer = await iframe.evaluate((f) => f.getBoundingClientRect().height);
        const inner = await frame.evaluate(() => document.querySelector('[data-embed-root]').getBoundingClientRect().bottom + scrollY);
        if (Math.abs(outer - inner) <= 2) return;
        await page.waitForTimeout(100);
      }
    };
    await settled();
    const ids = await frame.$$eval('[data-step]', (els) => els.map((e) => e.getAttribute('data-step')));
    const order = [...ids.map((id, i) => [id, i, 'down']), ...ids.map((id, i) => [id, i, 'up']).reverse()];
    for (const [id, index, dirn] of order) {
      // The trigger line (60% of the host's viewport) 85% of the way through the step.
      const box = await frame.$eval(`[data-step="${id}"]`, (el) => ({ top: el.getBoundingClientRect().top + scrollY, height: el.getBoundingClientRect().height }));
      const y = await iframe.evaluate((f, b) => f.getBoundingClientRect().top + scrollY + b.top + b.height * 0.85 - innerHeight * 0.6, box);
      await page.evaluate((y) => scrollTo(0, y), y);
      const top = await iframe.evaluate((f) => Math.round(f.getBoundingClientRect().top));
      await frame.waitForFunction((t) => document.querySelector('[data-host-top]')?.getAttribute('data-host-top') === String(t), top, { timeout: 15_000 });
      await frame.waitForFunction((i) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === String(i), index, { timeout: 15_000 });
      await frame.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => null))));
      await settled();
      // The iframe's content is painted by its own process: wait for its frames and the host's.
      const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await frame.evaluate(frames);
      await page.evaluate(frames);
      const file = `${out}/${prefix}${name}-${String(index).padStart(2, '0')}-${id}-${dirn}.png`;
      await page.screenshot({ path: file });
      console.log(name, id, dirn, file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  site.server.close();
  host.server.close();
}

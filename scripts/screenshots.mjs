// Screenshots of every step at a phone, a desktop and a wide desktop size, scrolling down and then back up.
// Usage: node scripts/screenshots.mjs [buildDir=build] [outDir=/tmp/shots] [progress=0.85] [scheme=light] [path=/]
// Each step is scrolled so the trigger line sits `progress` of the way through it. `scheme` is the
// reader's colour preference (light or dark); dark files are named dark-phone-…, dark-desktop-….
// `path`: the edition's page, e.g. /ar/.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveStatic } from './serve-static.mjs';

const [dir = 'build', out = '/tmp/shots', at = '0.85', scheme = 'light', path = '/'] = process.argv.slice(2);
if (!['light', 'dark'].includes(scheme)) throw new Error(`scheme must be light or dark, got ${scheme}`);
const progress = Number(at);
mkdirSync(out, { recursive: true });
const { server, url } = await serveStatic(dir);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
});
const sizes = [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }], ['wide', { width: 1920, height: 1080 }]];
try {
  for (const [name, viewport] of sizes) {
    const page = await browser.newPage({ viewport, colorScheme: scheme });
    page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
    page.on('pageerror', (e) => console.log('page error:', String(e)));
    await page.goto(url + path);
    await page.evaluate(() => document.fonts.ready);
    const ids = await page.$$eval('[data-step]', (els) => els.map((e) => e.getAttribute('data-step')));
    const order = [...ids.map((id, i) => [id, i, 'down']), ...ids.map((id, i) => [id, i, 'up']).reverse()];
    for (const [id, index, dirn] of order) {
      await page.$eval(`[data-step="${id}"]`, (el, p) => {
        const r = el.getBoundingClientRect();
        window.scrollTo(0, window.scrollY + r.top + r.height * p - window.innerHeight * 0.6);
      }, progress);
      await page.waitForFunction((i) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === String(i), index);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const scene = await page.$eval('.graphic [data-scene]', (e) => e.getAttribute('data-scene'));
      const file = `${out}/${scheme === 'dark' ? 'dark-' : ''}${name}-${String(index).padStart(2, '0')}-${id}-${dirn}.png`;
      await page.screenshot({ path: file });
      console.log(name, id, dirn, scene, file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

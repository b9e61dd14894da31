import { chromium } from 'playwright-core';
import { serveStatic } from '/work/main/scripts/serve-static.mjs';
const { server, url } = await serveStatic('/work/main/build');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
for (const [name, vp] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }]]) {
  const p = await b.newPage({ viewport: vp });
  p.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
  await p.goto(url + '/');
  const ids = await p.$$eval('[data-step]', (els) => els.map((e) => e.getAttribute('data-step')));
  for (const id of ids) {
    await p.$eval(`[data-step="${id}"]`, (el) => el.scrollIntoView({ block: 'center' }));
    await p.waitForTimeout(400);
    const act = await p.$eval('[data-active-step]', (e) => e.getAttribute('data-active-step') + ' ' + document.querySelector('.graphic [data-scene]')?.getAttribute('data-scene'));
    console.log(name, id, act);
    await p.screenshot({ path: `/tmp/shots/${name}-${id}.png` });
  }
}
await b.close(); server.close();

/**
 * The dev server with a broken story.yaml, in real Chromium: the page shows every located
 * message, the server keeps running, and the page comes back by itself once the file is fixed.
 * Runs `vite dev` in a throwaway copy of the project so the real story.yaml is never touched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { LAUNCH_OPTIONS } from './chromium';
import { copyProject, type ProjectCopy } from '../helpers/project-copy';
import { FIVE_MISTAKES, LOCATED, withFiveMistakes } from '../helpers/story-mistakes';

const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });

let copy: ProjectCopy;
let server: ChildProcess;
let browser: Browser;
let url = '';
let log = '';

beforeAll(async () => {
  copy = copyProject('dev');
  const port = await freePort();
  server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'dev', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: copy.dir,
    // No colours: under CI=true picocolors colours the port, which would hide it from the match below.
    env: { ...copy.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  server.stdout!.on('data', (d) => (log += d));
  server.stderr!.on('data', (d) => (log += d));
  await new Promise<void>((ok, fail) => {
    const timer = setInterval(() => {
      if (log.replace(/\x1b\[[0-9;]*m/g, '').includes(`:${port}/`)) (clearInterval(timer), ok());
      if (server.exitCode !== null) (clearInterval(timer), fail(new Error(`vite dev exited:\n${log}`)));
    }, 100);
  });
  url = `http://127.0.0.1:${port}/`;
  // Its own browser: this file runs after the others (project e2e-dev), once theirs has closed.
  browser = await chromium.launch(LAUNCH_OPTIONS);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
  copy?.remove();
});

/**
 * Open the story. The first request compiles the page; while Vite optimises dependencies it may
 * answer 504 ("outdated optimize dep") or an error page: such a load is retried.
 */
async function openStory(page: Page) {
  await expect
    .poll(async () => {
      const res = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
      return res?.ok() ? page.locator('[data-step]').count() : 0;
    }, { timeout: 120_000, interval: 500 })
    .toBeGreaterThan(0);
}

const overlayText = () => document.querySelector('vite-error-overlay')?.shadowRoot?.querySelector('.message-body')?.textContent ?? '';
const errorLines = (text: string) => text.split('\n').filter((l) => LOCATED.test(l) && !/ {2}warning: /.test(l));

describe('dev server with a broken story.yaml', () => {
  it('shows the same located messages, keeps running and recovers when the file is fixed', { timeout: 300_000 }, async () => {
    const good = copy.readStory();
    const page = await browser.newPage();
    await openStory(page);

    // Break the file while the story is open: Vite's overlay appears on the open page.
    log = '';
    copy.writeStory(withFiveMistakes(good));
    await page.waitForFunction(overlayText, null, { timeout: 60_000 });
    const inOverlay = errorLines(await page.evaluate(overlayText));
    expect(inOverlay).toHaveLength(5);
    for (const m of FIVE_MISTAKES) expect(inOverlay.some((l) => m.path.test(LOCATED.exec(l)![3])), m.what).toBe(true);

    // The terminal got the same lines, and the server is still up.
    await expect.poll(() => inOverlay.every((l) => log.includes(l)), { timeout: 10_000 }).toBe(true);
    expect(server.exitCode).toBeNull();

    // Reloading (or opening the page fresh) gives the error page with the same list, never a blank page.
    await page.reload({ waitUntil: 'domcontentloaded', timeout: 60_000 });
    const listed = await page.$$eval('[data-story-problem].error', (els) => els.map((e) => e.textContent ?? ''));
    expect(listed).toEqual(inOverlay);
    expect(await page.title()).toMatch(/story\.yaml has 5 problems/);

    // Fix it: the error page reloads itself and the story is back, no manual reload.
    copy.writeStory(good);
    await page.waitForSelector('[data-step]', { timeout: 60_000 });
    expect(await page.locator('[data-story-problem]').count()).toBe(0);
    expect(server.exitCode).toBeNull();
    await page.close();
  });
});

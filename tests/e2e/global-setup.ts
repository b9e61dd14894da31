/**
 * Browser tests run against the real prerendered site: build once (unless SKIP_BUILD=1 and a
 * build exists), then serve build/ on two origins — 127.0.0.1 for the story, and localhost as
 * a second origin for the cross-origin embed hosts — and start one Chromium that every test
 * file connects to (tests/e2e/browser.ts launch()).
 *
 * The build runs in the background: vitest starts the unit and component files meanwhile (the
 * sequencer puts them first), and each browser file waits for it (tests/e2e/build-ready.ts).
 * Awaited here, it left a core idle for the build's ~25 s.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/serve-static.mjs';
import { copyVendorScripts, LAUNCH_OPTIONS } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    hostUrl: string;
    browserWsEndpoint: string;
    /** A file that appears when the site is built: "ok", or the build's failure. */
    buildMarker: string;
  }
}

/** Build in a child process; the marker file says how it ended. */
function buildInBackground(marker: string) {
  // vitest sets NODE_ENV=test, which would make vite build SvelteKit's development client
  // (dev-only warnings, ~30 KB more): test what ships.
  const child = spawn(process.execPath, ['scripts/build.mjs'], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NODE_ENV: 'production' } });
  let stderr = '';
  child.stderr.on('data', (d) => {
    process.stderr.write(d);
    stderr += d;
  });
  // Written aside and renamed: a file waiting for it never reads it half written.
  child.on('exit', (code, signal) => {
    writeFileSync(`${marker}.tmp`, code === 0 ? 'ok' : `npm run build failed (${code ?? signal}):\n${stderr.slice(-4000)}`);
    renameSync(`${marker}.tmp`, marker);
  });
  return child;
}

export default async function setup(project: TestProject) {
  const dir = process.env.BUILD_DIR || 'build';
  const markers = resolve('node_modules/.e2e');
  mkdirSync(markers, { recursive: true });
  const marker = join(markers, `build-${process.pid}-${Date.now()}`);
  // Chromium starts while the site builds: neither waits for the other.
  const browser = chromium.launchServer({ ...LAUNCH_OPTIONS, host: '127.0.0.1' });
  // Written once here, not by each embed file: files run in parallel and the host origin serves them.
  copyVendorScripts();
  const build = process.env.SKIP_BUILD === '1' && existsSync(`${dir}/index.html`) ? (writeFileSync(marker, 'ok'), undefined) : buildInBackground(marker);
  const server = await browser;
  // The servers read files per request: they may start before the build has swapped in.
  const site = await serveStatic(dir, { host: '127.0.0.1' });
  const host = await serveStatic('tests/e2e/hosts', { host: 'localhost' });
  project.provide('siteUrl', site.url);
  project.provide('hostUrl', host.url);
  project.provide('browserWsEndpoint', server.wsEndpoint());
  project.provide('buildMarker', marker);
  return async () => {
    if (build && build.exitCode === null) build.kill();
    rmSync(marker, { force: true });
    site.server.close();
    host.server.close();
    await server.close();
  };
}

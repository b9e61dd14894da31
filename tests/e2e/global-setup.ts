/**
 * Browser tests run against the real prerendered site: build once (unless SKIP_BUILD=1 and a
 * build exists), then serve build/ on two origins — 127.0.0.1 for the story, and localhost as
 * a second origin for the cross-origin embed hosts — and start one Chromium that every test
 * file connects to (tests/e2e/browser.ts launch()).
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/serve-static.mjs';
import { copyVendorScripts, LAUNCH_OPTIONS } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    hostUrl: string;
    browserWsEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = process.env.BUILD_DIR || 'build';
  // Chromium starts while the site builds: neither waits for the other.
  const browser = chromium.launchServer({ ...LAUNCH_OPTIONS, host: '127.0.0.1' });
  // Written once here, not by each embed file: files run in parallel and the host origin serves them.
  copyVendorScripts();
  try {
    if (!(process.env.SKIP_BUILD === '1' && existsSync(`${dir}/index.html`))) {
      // vitest sets NODE_ENV=test, which would make vite build SvelteKit's development client
      // (dev-only warnings, ~30 KB more): test what ships.
      execSync('npm run build', { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
    }
  } catch (e) {
    await (await browser).close();
    throw e;
  }
  const server = await browser;
  const site = await serveStatic(dir, { host: '127.0.0.1' });
  const host = await serveStatic('tests/e2e/hosts', { host: 'localhost' });
  project.provide('siteUrl', site.url);
  project.provide('hostUrl', host.url);
  project.provide('browserWsEndpoint', server.wsEndpoint());
  return async () => {
    site.server.close();
    host.server.close();
    await server.close();
  };
}

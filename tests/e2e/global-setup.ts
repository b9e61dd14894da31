/**
 * Browser tests run against the real prerendered site: build once (unless SKIP_BUILD=1 and a
 * build exists), then serve build/ on two origins — 127.0.0.1 for the story, and localhost as
 * a second origin for the cross-origin embed hosts.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/serve-static.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    hostUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = process.env.BUILD_DIR || 'build';
  if (!(process.env.SKIP_BUILD === '1' && existsSync(`${dir}/index.html`))) {
    // vitest sets NODE_ENV=test, which would make vite build SvelteKit's development client
    // (dev-only warnings, ~30 KB more): test what ships.
    execSync('npm run build', { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
  }
  const site = await serveStatic(dir, { host: '127.0.0.1' });
  const host = await serveStatic('tests/e2e/hosts', { host: 'localhost' });
  project.provide('siteUrl', site.url);
  project.provide('hostUrl', host.url);
  return async () => {
    site.server.close();
    host.server.close();
  };
}

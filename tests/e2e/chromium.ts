/**
 * How the browser tests start Debian's Chromium, and the vendor scripts the host pages serve.
 * Free of vitest imports: the global setup (vitest's main process) uses it too.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LaunchOptions } from 'playwright-core';
import { chromePath, testBrowserPath } from '../../scripts/ensure-chromium.mjs';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The browser tests' Chromium: Debian's headless shell when installed (scripts/ensure-chromium.mjs says why). */
export const LAUNCH_OPTIONS: LaunchOptions = { executablePath: testBrowserPath(), args: ARGS, headless: true };

/** The full Chromium readers run, for the tests that measure its text layout (font metrics). */
export const READER_LAUNCH_OPTIONS: LaunchOptions = { executablePath: chromePath(), args: ARGS, headless: true };

const VENDOR = resolve('tests/e2e/hosts/vendor');

/**
 * The parent scripts as published, served by the host origin from hosts/vendor (git-ignored).
 * One comment line goes on top so the type checker, which reads tests/**, skips them. Written
 * only when different, through a rename: files running in parallel may call this while the
 * host origin serves the file to another one.
 */
export function copyVendorScripts(): void {
  mkdirSync(VENDOR, { recursive: true });
  const copy = (from: string, name: string) => {
    const text = '// @ts-nocheck\n' + readFileSync(resolve(from), 'utf8');
    const to = `${VENDOR}/${name}`;
    if (existsSync(to) && readFileSync(to, 'utf8') === text) return;
    writeFileSync(`${to}.${process.pid}`, text);
    renameSync(`${to}.${process.pid}`, to);
  };
  copy('node_modules/pym.js/dist/pym.v1.min.js', 'pym.v1.min.js');
  copy('node_modules/@newswire/frames/dist/frames.umd.js', 'frames.umd.js');
}

/**
 * The pages name statics (build/statics/<edition>/…png) that `npm run statics` makes after the
 * build; the browser tests do not run it. Answered with a 1×1 PNG, a page loads without 404s.
 */
import type { BrowserContext, Page } from 'playwright-core';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const STATIC_FILE = /\/statics\/[^/]+\/[^/?]+\.png$/;

export async function standInStatics(target: Page | BrowserContext): Promise<void> {
  await target.route(STATIC_FILE, (r) => r.fulfill({ body: PNG, contentType: 'image/png' }));
}

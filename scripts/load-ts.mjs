// Node 20 cannot import .ts: bundle a TypeScript module of src/lib with esbuild (aliasing
// $lib → src/lib, as SvelteKit does) into a temporary .mjs file and import that. Packages stay
// external and the file sits under node_modules/.cache, so `import 'yaml'` resolves as usual.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/**
 * Import `entry` (a path relative to the project root) as an ES module.
 * @param {string} entry
 * @returns {Promise<any>}
 */
export async function importTs(entry) {
  const result = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    alias: { $lib: join(ROOT, 'src/lib') },
    packages: 'external',
    loader: { '.yaml': 'text' },
    define: { 'import.meta.env': '{"DEV":false}' }
  });
  const cache = join(ROOT, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'story-data-'));
  const file = join(dir, 'module.mjs');
  writeFileSync(file, result.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

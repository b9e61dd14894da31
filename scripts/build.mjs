// npm run build: check story.yaml, then build into a temporary directory and swap it in only
// when the whole build succeeded, so a failed build never replaces the last good output.
// Honours BUILD_DIR (output dir, default build) and KIT_OUT like svelte.config.js does.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkAll } from './check-data.mjs';
import { importTs, ROOT } from './load-ts.mjs';

const out = resolve(ROOT, process.env.BUILD_DIR || 'build');
const partial = `${out}.partial-${process.pid}`;
const previous = `${out}.previous-${process.pid}`;

function fail(message, code = 1) {
  rmSync(partial, { recursive: true, force: true });
  console.error(`\n${message}\nThe build failed; ${existsSync(out) ? `the last good build in ${out} was left as it was` : 'nothing was published'}.`);
  process.exit(code);
}

// 1. The data (story.yaml and every locale file), before vite writes anything.
const data = await checkAll();
if (data.errors) fail(data.report);
if (data.warnings) console.warn(data.report);

// The JSON Schema editors' tools read follows the zod schema (as `npm run schema` does).
const schemaFile = join(ROOT, 'src/lib/data/story.schema.json');
const { storyJsonSchemaText } = await importTs('src/lib/data/json-schema.ts');
const schemaText = storyJsonSchemaText();
if (!existsSync(schemaFile) || readFileSync(schemaFile, 'utf8') !== schemaText) {
  writeFileSync(schemaFile, schemaText);
  console.log('updated src/lib/data/story.schema.json');
}

// 2. The site, into a directory of its own (svelte.config.js writes to BUILD_DIR).
rmSync(partial, { recursive: true, force: true });
const vite = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, BUILD_DIR: partial }
});
if (vite.status !== 0) fail(`vite build exited with ${vite.status ?? vite.signal}.`, vite.status || 1);
if (!existsSync(join(partial, 'index.html'))) fail(`vite build wrote no ${join(partial, 'index.html')}.`);

// 3. Swap: the old output is moved aside, the new one moved in, then the old one removed.
if (existsSync(out)) renameSync(out, previous);
renameSync(partial, out);
rmSync(previous, { recursive: true, force: true });
console.log(`build ready in ${out}`);

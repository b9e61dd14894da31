// npm run build: check story.yaml, then build into a temporary directory and swap it in only
// when the whole build succeeded, so a failed build never replaces the last good output.
// Editions publish independently: a locale file with errors leaves its edition out (the others are
// built and swapped in; exit status 3 and a loud summary say which), a translation that lags (places
// or events without words yet, stale texts) is built and named as behind. Only story.yaml's or the
// root edition's (en.yaml) errors stop everything (exit 1, the last good build left as it was).
// Honours BUILD_DIR (output dir, default build) and KIT_OUT like svelte.config.js does.
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkAll, editionsSummary, ROOT_LANG } from './check-data.mjs';
import { importTs, ROOT } from './load-ts.mjs';
import { removeStaleBuilds } from './stale-builds.mjs';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { brotliCompress, createBrotliCompress, createGzip, gzip, constants as zlib } from 'node:zlib';
import { netlifyHeaders, nginxConf, untyped } from './deploy-headers.mjs';
import { parse as parseYaml } from 'yaml';
import { securePage } from './csp.mjs';
import { dataFingerprint } from '../src/lib/data/vite-plugin.js';

const out = resolve(ROOT, process.env.BUILD_DIR || 'build');
const partial = `${out}.partial-${process.pid}`;
const previous = `${out}.previous-${process.pid}`;

function fail(message, code = 1) {
  rmSync(partial, { recursive: true, force: true });
  console.error(`\n${message}\nThe build failed; ${existsSync(out) ? `the last good build in ${out} was left as it was` : 'nothing was published'}.`);
  process.exit(code);
}

// 0. Builds killed midway left their directories: removed first, whatever this build does next.
const stale = removeStaleBuilds(out);
if (stale.restored) console.log(`put back the last good build from ${stale.restored}`);
if (stale.removed.length) console.log(`removed what killed builds left: ${stale.removed.join(', ')}`);

// 1. The data (story.yaml and every locale file), before vite writes anything. Its fingerprint,
// taken first, tells the vite plugin what was checked (it checks again only what changed since).
const checked = dataFingerprint(join(ROOT, 'src/lib/data/story.yaml'));
const data = await checkAll();
if (!data.editions.some((e) => e.lang === ROOT_LANG && e.ok)) fail(data.report);
if (data.errors || data.warnings) console.warn(data.report);
const heldBack = data.editions.filter((e) => !e.ok);

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
  // svelte.config.js expects no pages for the editions left out.
  env: { ...process.env, BUILD_DIR: partial, STORY_HELD_BACK: heldBack.map((e) => e.lang).join(','), STORY_DATA_CHECKED: checked }
});
if (vite.status !== 0) fail(`vite build exited with ${vite.status ?? vite.signal}.`, vite.status || 1);
if (!existsSync(join(partial, 'index.html'))) fail(`vite build wrote no ${join(partial, 'index.html')}.`);

const files = readdirSync(partial, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && !/\.(br|gz)$/.test(e.name))
  .map((e) => '/' + join(e.parentPath, e.name).slice(partial.length + 1).split('\\').join('/'));
const unknown = untyped(files);
if (unknown.length) fail(`No content type for ${unknown.join(', ')}: add its extension to TYPES in scripts/deploy-headers.mjs.`);

// Each page's Content-Security-Policy (scripts/csp.mjs), hashed from its final HTML, in a <meta>.
// The published address (meta.site_url, checked above) is allowed beside 'self' for sandboxed embeds.
const siteUrl = parseYaml(readFileSync(join(ROOT, 'src/lib/data/story.yaml'), 'utf8')).meta.site_url;
/** @type {Promise<void>[]} */
const compressing = [];
for (const f of files.filter((f) => f.endsWith('.html'))) {
  const file = join(partial, f);
  let html;
  try {
    html = securePage(readFileSync(file, 'utf8'), { file: f, origin: siteUrl }).html;
  } catch (e) {
    fail(/** @type {Error} */ (e).message);
  }
  writeFileSync(file, html);
  compressing.push(pageCopies(file, html));
}

// The precompressed copies (.br, .gz) beside every text file, as adapter-static's precompress made
// them: its settings and its streams, so each copy is byte for byte what it wrote. Made here, once,
// since svelte.config.js no longer has the adapter compress: it compressed the pages before their
// CSP was written, and every page was compressed again (1.2 CPU-s at brotli's best, for nothing).
const COMPRESSED = ['.html', '.js', '.mjs', '.json', '.css', '.svg', '.xml', '.wasm', '.txt', '.md', '.mdx'];
for (const f of files.filter((f) => !f.endsWith('.html') && COMPRESSED.some((ext) => f.endsWith(ext)))) compressing.push(adapterCopies(join(partial, f)));
await Promise.all(compressing);

/** A page's copies, from its final HTML (brotli at its best quality, gzip level 9). @param {string} file @param {string} html */
async function pageCopies(file, html) {
  const [br, gz] = await Promise.all([
    promisify(brotliCompress)(html, { params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY } }),
    promisify(gzip)(html, { level: 9 })
  ]);
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gz);
}

/** Another file's copies, streamed as @sveltejs/kit's builder.compress does. @param {string} file */
async function adapterCopies(file) {
  const brotli = createBrotliCompress({
    params: { [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT, [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: statSync(file).size }
  });
  await Promise.all([
    pipeline(createReadStream(file), brotli, createWriteStream(`${file}.br`)),
    pipeline(createReadStream(file), createGzip({ level: zlib.Z_BEST_COMPRESSION }), createWriteStream(`${file}.gz`))
  ]);
}

// The deploy headers (scripts/deploy-headers.mjs): build/_headers for Netlify and Cloudflare
// Pages, and the nginx snippet in deploy/ (kept in git, rewritten only when the rules change).
writeFileSync(join(partial, '_headers'), netlifyHeaders(files));
const nginxFile = join(ROOT, 'deploy/nginx.conf');
if (!existsSync(nginxFile) || readFileSync(nginxFile, 'utf8') !== nginxConf()) {
  mkdirSync(join(ROOT, 'deploy'), { recursive: true });
  writeFileSync(nginxFile, nginxConf());
  console.log('updated deploy/nginx.conf');
}

// 3. Swap: the old output is moved aside, the new one moved in, then the old one removed.
if (existsSync(out)) renameSync(out, previous);
renameSync(partial, out);
rmSync(previous, { recursive: true, force: true });
console.log(`build ready in ${out}\n${editionsSummary(data.editions)}`);
if (heldBack.length) {
  const langs = heldBack.map((e) => e.lang).join(', ');
  const bar = '!'.repeat(72);
  console.error(
    [
      bar,
      `!! ${heldBack.length} edition${heldBack.length === 1 ? ' was' : 's were'} NOT built: ${langs} (${heldBack.map((e) => e.file).join(', ')} has errors, listed above).`,
      `!! ${out} has every other edition, ready to upload; it has no ${heldBack.map((e) => `/${e.lang}/`).join(', ')} and no links to it.`,
      `!! Upload without deleting on the server (no --delete) to keep the last good ${langs} pages there,`,
      `!! or fix the errors and build again. Exit status 3: built, with editions held back.`,
      bar
    ].join('\n')
  );
  process.exitCode = 3;
}

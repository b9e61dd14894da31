// npm run statics (after npm run build): every step of every edition as images and print files,
// from the build itself. Serves build/, opens the tests' Chromium on each edition's render page
// (/statics/render/, one page per format, switching steps and themes without a reload), and writes
//   build/statics/<edition>/<step>-<format>-<theme>.<version>.png|pdf   (names from src/lib/statics/plan.ts)
//   build/statics/<edition>/statics-<edition>.<version>.zip             (every file of the edition, and its manifest)
//   build/statics/manifest.json                                          (every file: edition, theme, step, format, real width/height, file, alt)
// PNGs are quantised and compressed with sharp; PDFs are Chromium's vector print (text as text).
// Everything is written to a folder of its own and swapped in at the end: a run that fails, or a
// build whose data no longer checks, leaves the last statics as they were.
// Usage: node scripts/statics.mjs [buildDir=build]
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { zipSync } from 'fflate';
import { serveStatic } from './serve-static.mjs';
import { checkAll } from './check-data.mjs';
import { testBrowserPath } from './ensure-chromium.mjs';
import { ROOT } from './load-ts.mjs';

const out = resolve(ROOT, process.argv[2] || process.env.BUILD_DIR || 'build');
const started = performance.now();

function refuse(message) {
  console.error(`\n${message}\nNo statics were made; ${existsSync(join(out, 'statics/manifest.json')) ? 'the last ones were left as they were' : 'there were none before'}.`);
  process.exit(1);
}

// 1. A good build of today's data: the statics are made from build/, never from a failed build.
const data = await checkAll();
if (data.errors) refuse(`${data.report}\nThe data does not check: fix it and run npm run build first.`);
const planFile = join(out, 'statics/plan.json');
if (!existsSync(join(out, 'index.html')) || !existsSync(planFile)) refuse(`${out} holds no finished build (no index.html or statics/plan.json): run npm run build first.`);
/** @type {{ formats: Record<string, { css: { width: number, height: number }, scale: number, mm?: { width: number, height: number }, ext: string }>, editions: { edition: string, render: string, zip: string, entries: any[] }[] }} */
const plan = JSON.parse(readFileSync(planFile, 'utf8'));

// Leftovers of runs killed midway.
const staticsDir = join(out, 'statics');
for (const name of readdirSync(staticsDir)) if (name.startsWith('.partial-')) rmSync(join(staticsDir, name), { recursive: true, force: true });
const partial = join(staticsDir, `.partial-${process.pid}`);
mkdirSync(partial, { recursive: true });

const { server, url } = await serveStatic(out);
const browser = await chromium.launch({
  executablePath: testBrowserPath(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--font-render-hinting=none']
});

/** Real size of a file: a PNG's IHDR, a PDF's first MediaBox (points). */
function realSize(bytes, ext) {
  if (ext === 'png') return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  const m = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(bytes.toString('latin1'));
  if (!m) throw new Error('PDF without a MediaBox');
  return { width: Math.round(Number(m[3]) - Number(m[1])), height: Math.round(Number(m[4]) - Number(m[2])) };
}

/** Write one file; check its real size against the plan. */
function save(e, f, bytes, problems) {
  const path = join(partial, e.file.replace(/^statics\//, ''));
  mkdirSync(resolve(path, '..'), { recursive: true });
  writeFileSync(path, bytes);
  const size = realSize(bytes, f.ext);
  if (size.width !== e.width || size.height !== e.height) problems.push(`${e.file}: ${size.width}×${size.height}, planned ${e.width}×${e.height}`);
  if (process.env.STATICS_VERBOSE) console.log(`${e.file} ${bytes.length} B ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { entry: e, size, bytes: bytes.length };
}

/** One job: one edition's format, one browser page at that frame, every step and theme drawn in it. */
async function renderFormat(edition, format, entries) {
  const f = plan.formats[format];
  const context = await browser.newContext({ viewport: f.css, deviceScaleFactor: f.scale, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  if (format === 'print') await page.emulateMedia({ media: 'screen' });
  const first = entries[0];
  await page.goto(`${url}${edition.render}?step=${encodeURIComponent(first.step)}&format=${format}&theme=${first.theme}`);
  await page.waitForFunction(() => !!document.documentElement.dataset.staticReady && document.fonts.status === 'loaded', null, { timeout: 30_000 });
  const done = [];
  for (const e of entries) {
    await page.evaluate(([s, fm, t]) => /** @type {any} */ (window).__statics.show(s, fm, t), [e.step, e.format, e.theme]);
    if (f.ext === 'pdf') {
      const pdf = await page.pdf({ width: `${f.mm.width}mm`, height: `${f.mm.height}mm`, margin: { top: 0, right: 0, bottom: 0, left: 0 }, printBackground: true, pageRanges: '1' });
      done.push(Promise.resolve(save(e, f, pdf, problems)));
      continue;
    }
    const shot = await page.screenshot({ type: 'png' });
    // Encoded on sharp's threads while the page draws the next static. A palette of up to 256
    // colours, lightly dithered: flat graphics lose nothing visible and shrink 2-3×.
    done.push(sharp(shot).png({ palette: true, quality: 90, effort: 1, dither: 0.5, compressionLevel: 9 }).toBuffer().then((bytes) => save(e, f, bytes, problems)));
  }
  const made = await Promise.all(done);
  await context.close();
  if (problems.length) throw new Error(`${edition.edition} ${format}:\n  ${problems.join('\n  ')}`);
  return made;
}

/** Run `jobs` (functions returning promises) `n` at a time. */
async function pool(jobs, n) {
  const results = [];
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  }));
  return results;
}

let failed = false;
try {
  const jobs = [];
  for (const edition of plan.editions)
    for (const format of Object.keys(plan.formats)) {
      const entries = edition.entries.filter((e) => e.format === format);
      if (entries.length) jobs.push(() => renderFormat(edition, format, entries));
    }
  // Two pages at once: the machine's two cores share Chromium's drawing and sharp's encoding.
  const made = (await pool(jobs, 2)).flat();
  const manifest = made.map(({ entry: e, size }) => ({ edition: e.edition, theme: e.theme, step: e.step, format: e.format, width: size.width, height: size.height, file: e.file, alt: e.alt }));
  // One download per edition: its files (stored, PNGs and PDFs are compressed already) and their manifest.
  for (const edition of plan.editions) {
      const own = manifest.filter((m) => m.edition === edition.edition);
      const files = Object.fromEntries(own.map((m) => [m.file.split('/').pop(), [readFileSync(join(partial, m.file.replace(/^statics\//, ''))), { level: 0 }]]));
      files['manifest.json'] = [Buffer.from(JSON.stringify(own, null, 2)), { level: 6 }];
      writeFileSync(join(partial, edition.zip.replace(/^statics\//, '')), zipSync(files));
    }
  writeFileSync(join(partial, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');

  // Swap: each edition's folder and the manifest, old ones removed after the new ones are in place.
  const editions = [...new Set(manifest.map((m) => m.edition))];
  for (const ed of editions) {
    const target = join(staticsDir, ed);
    const old = `${target}.old-${process.pid}`;
    if (existsSync(target)) renameSync(target, old);
    renameSync(join(partial, ed), target);
    rmSync(old, { recursive: true, force: true });
  }
  renameSync(join(partial, 'manifest.json'), join(staticsDir, 'manifest.json'));
  const total = made.reduce((s, m) => s + m.bytes, 0);
  const zips = plan.editions.reduce((s, e) => s + readFileSync(join(out, e.zip)).length, 0);
  console.log(
    `${made.length} statics of ${editions.length} edition(s) in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
      `${(total / 1048576).toFixed(1)} MB` + (zips ? ` (+ ${(zips / 1048576).toFixed(1)} MB of zips)` : '') + `; manifest ${join(staticsDir, 'manifest.json')}`
  );
} catch (err) {
  failed = true;
  console.error(err instanceof Error ? err.message : err);
  console.error('\nThe statics failed; the last ones were left as they were.');
} finally {
  rmSync(partial, { recursive: true, force: true });
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);

/**
 * Real builds of a throwaway copy of the project (the real story.yaml and build/ are never touched):
 * 1. `npm run build` with a broken story.yaml (or any failing build) exits non-zero with the
 *    messages and leaves the last good build/ exactly as it was.
 * 2. A third edition with no code change: a generated pseudo-locale (every word accented and padded,
 *    Arabic-Indic digits) is written into the copy as locales/xa.yaml; the real build swaps in
 *    with /xa/, its embed, embed-code page, share image and oEmbed file, and the page renders and
 *    scrolls in Chromium. The same build shows editions publishing independently: a broken xb.yaml
 *    leaves only its edition out (exit 3), while ar.yaml lacking an event's words is built with
 *    that event unnamed.
 * One file, one copy, one full build for both: a full build is the costliest thing a test does
 * here (~35 s of CPU, a minute beside the browser files).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../../scripts/serve-static.mjs';
import { copyProject, type ProjectCopy } from '../helpers/project-copy';
import { edit } from '../helpers/story-file';
import { FIVE_MISTAKES, LOCATED, withFiveMistakes } from '../helpers/story-mistakes';
import { pseudoLocale } from '../helpers/pseudo-locale';
import { launch, openStory, VIEWPORTS, waitForActive, watchErrors } from './browser';

// Full builds share two cores with other work: allow minutes, not the e2e default of one.
const BUILD_TIMEOUT = 420_000;

let copy: ProjectCopy;
let out = '';
let good = '';

function run(args: string[]) {
  const r = spawnSync(process.execPath, args, { cwd: copy.dir, env: copy.env, encoding: 'utf8', timeout: 400_000 });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}
const build = () => run(['scripts/build.mjs']);
const snapshot = () => {
  const index = join(out, 'index.html');
  return { hash: createHash('sha256').update(readFileSync(index)).digest('hex'), mtime: statSync(index).mtimeMs, files: readdirSync(out).sort() };
};
const leftovers = () => readdirSync(dirname(out)).filter((f) => f.startsWith('build.'));

beforeAll(() => {
  copy = copyProject('build');
  out = copy.env.BUILD_DIR!;
  good = copy.readStory();
  // The last good build: the one the e2e setup made from this same source, copied rather than
  // built a second time (a full build is ~20 s of CPU). The copy's own build script is run for
  // real below, where a good build must replace it.
  cpSync(process.env.BUILD_DIR || 'build', out, { recursive: true });
  expect(existsSync(join(out, 'index.html'))).toBe(true);
}, BUILD_TIMEOUT);

let site: Awaited<ReturnType<typeof serveStatic>> | undefined;
let browser: Browser | undefined;
afterAll(async () => {
  await browser?.close();
  site?.server.close();
  copy?.remove();
});

describe('a failed build never replaces the last good build', () => {
  it('stops on a bad story.yaml before vite starts, printing every located message', { timeout: BUILD_TIMEOUT }, () => {
    const before = snapshot();
    copy.writeStory(withFiveMistakes(good));
    const r = build();
    expect(r.status).toBe(1);
    const lines = r.output.split('\n').filter((l) => LOCATED.test(l) && !/ {2}warning: /.test(l));
    expect(lines).toHaveLength(5);
    for (const m of FIVE_MISTAKES) expect(lines.some((l) => m.path.test(LOCATED.exec(l)![3])), m.what).toBe(true);
    expect(r.output).not.toMatch(/building .*for production/);
    expect(r.output).toMatch(/last good build .* was left as it was/);
    expect(snapshot()).toEqual(before);
    expect(leftovers()).toEqual([]);
  });

  it('removes what builds killed midway left (their process gone), even when it then stops on the data', { timeout: BUILD_TIMEOUT }, () => {
    const before = snapshot();
    const killed = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const stale = join(dirname(out), `build.partial-${killed}`);
    mkdirSync(join(stale, '_app'), { recursive: true });
    writeFileSync(join(stale, '_app', 'half-written.js'), '');
    copy.writeStory(withFiveMistakes(good));
    const r = build();
    expect(r.status).toBe(1);
    expect(r.output).toContain(`removed what killed builds left: ${stale}`);
    expect(leftovers()).toEqual([]);
    expect(snapshot()).toEqual(before);
  });

  it('also stops a plain `vite build` with the same messages (the vite plugin checks first)', { timeout: BUILD_TIMEOUT }, () => {
    const before = snapshot();
    copy.writeStory(edit(good, 'scene: speed', 'scene: sped'));
    const r = run(['node_modules/vite/bin/vite.js', 'build']);
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/story\.yaml:\d+:\d+ {2}steps\[\d+\]\.scene {2}is not one of the allowed values — did you mean "speed"\?/);
    expect(snapshot()).toEqual(before);
  });

  it('keeps the old build when vite itself fails after the data checks pass', { timeout: BUILD_TIMEOUT }, () => {
    const before = snapshot();
    copy.writeStory(good);
    const page = join(copy.dir, 'src/routes/+page.svelte');
    const source = readFileSync(page, 'utf8');
    writeFileSync(page, source + '\n{#if}\n');
    try {
      const r = build();
      expect(r.status).not.toBe(0);
      expect(r.output).toMatch(/vite build exited/);
    } finally {
      writeFileSync(page, source);
    }
    expect(snapshot()).toEqual(before);
    expect(leftovers()).toEqual([]);
  });
});

describe('a good build swaps in; a pseudo-locale file is a third edition; editions publish independently', () => {
  let pseudo = '';
  let before: ReturnType<typeof snapshot>;
  let result: ReturnType<typeof build>;
  const built = (path: string) => readFileSync(join(out, path), 'utf8');

  // One full build for all of it (each costs ~35 s of CPU beside the browser files): a good third
  // edition (xa), a broken fourth one (xb, left out) and an Arabic file lacking an event's words.
  beforeAll(async () => {
    copy.writeStory(good);
    const locales = join(copy.dir, 'src/lib/data/locales');
    pseudo = pseudoLocale(readFileSync(join(locales, 'en.yaml'), 'utf8'));
    writeFileSync(join(locales, 'xa.yaml'), pseudo);
    writeFileSync(join(locales, 'xb.yaml'), edit(pseudoLocale(readFileSync(join(locales, 'en.yaml'), 'utf8'), { tag: 'en-XB' }), '  hidden: ', '  hiddn: '));
    const ar = readFileSync(join(locales, 'ar.yaml'), 'utf8');
    const lagging = ar.replace(/\n {2}tutor:\n(?: {4}.*\n)+/, '\n');
    expect(lagging).not.toBe(ar);
    writeFileSync(join(locales, 'ar.yaml'), lagging);
    before = snapshot();
    result = build();
    site = await serveStatic(out, { host: '127.0.0.1' });
    browser = await launch();
  }, BUILD_TIMEOUT);

  it('swaps in the new build, with every edition it could build', () => {
    expect(before.files).not.toContain('xa');
    // Built and swapped in, with an edition held back: its own exit status (3).
    expect(result.status, result.output).toBe(3);
    expect(snapshot().files).toContain('xa');
    expect(built('index.html')).toMatch(/<a href="\.\/xa\/"[^>]*data-edition-link="xa"/);
    expect(leftovers()).toEqual([]);
  });
  it('has its own page, embed, embed-code page, share image and oEmbed file', () => {
    for (const f of ['xa/index.html', 'xa/embed/index.html', 'xa/embed-code/index.html', 'xa/share.png', 'xa/oembed.json']) expect(existsSync(join(out, f)), f).toBe(true);
    const oembed = JSON.parse(built('xa/oembed.json'));
    expect(oembed.html).toContain('/xa/embed/');
    expect(oembed.thumbnail_url).toMatch(/\/xa\/share\.png\?v=[0-9a-f]{10}$/);
    expect(oembed.title).toMatch(/^Rüššíá'š/);
    expect(built('xa/embed-code/index.html')).toContain('/xa/embed/');
  });

  it('has its statics desk page and a share page per step, with its own words and cards', () => {
    const desk = built('xa/statics/index.html');
    expect(desk).toMatch(/<html lang="en-XA" dir="ltr">/);
    expect(desk).toContain('statics/xa/');
    const steps = [...desk.matchAll(/data-desk-step="([^"]+)"/g)].map((m) => m[1]);
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      const page = built(`xa/s/${step}/index.html`);
      expect(page).toMatch(new RegExp(`<meta property="og:image" content="[^"]+/statics/xa/${step}-landscape-light\\.[^"]+\\.png">`));
      expect(page).toContain(`href="../../../xa/#step-${step}"`);
    }
  });

  it('names its language in <html>, JSON-LD and hreflang, both ways', () => {
    const xa = built('xa/index.html');
    const en = built('index.html');
    expect(xa).toMatch(/<html lang="en-XA" dir="ltr">/);
    expect(en).toMatch(/<html lang="en-GB" dir="ltr">/);
    expect(built('xa/embed/index.html')).toMatch(/<html lang="en-XA" dir="ltr">/);
    expect(xa).toContain('"inLanguage":"en-XA"');
    expect(en).toContain('"inLanguage":"en-GB"');
    for (const page of [xa, en]) {
      expect(page).toMatch(/<link rel="alternate" hreflang="en-XA" href="[^"]+\/xa\/"/);
      expect(page).toMatch(/<link rel="alternate" hreflang="en-GB" href="[^"]+\/yakhont-red-sea\/"/);
    }
  });

  it('ships no other edition\'s words: not in the other page, not in the JavaScript', () => {
    const en = built('index.html');
    const xa = built('xa/index.html');
    // The one exception is by design: the link to the other edition, in its own language.
    expect(en.replace('Rééád thíš štörý íñ Pséüdö', '')).not.toMatch(/Rüššíá|Šköp|Gráphíçš/);
    expect(xa.replace('Read this story in English', '')).not.toContain("Russia's supersonic missile");
    expect(xa).not.toContain('Skip the step-by-step graphics');
    const js = readdirSync(join(out, '_app/immutable'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(out, '_app/immutable', f), 'utf8'))
      .join('\n');
    for (const words of ['Skip the step-by-step graphics', 'Time since launch', 'Rüššíá', 'Hidden below this line']) expect(js, words).not.toContain(words);
  });

  it('renders, links to English, and scrolls through its steps in Chromium', { timeout: 120_000 }, async () => {
    const context = await browser!.newContext(VIEWPORTS.desktop);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await openStory(page, '/xa/', { site: site!.url });
    expect(await page.locator('h1').innerText()).toMatch(/^Rüššíá'š šüpéršöñíç/);
    expect(await page.locator('[data-edition-link="en"]').getAttribute('href')).toBe('/');
    expect(await page.locator('[data-edition-link="en"]').getAttribute('lang')).toBe('en-GB');
    const steps = await page.locator('[data-step]').count();
    expect(steps).toBeGreaterThan(5);
    // The graphics' words and digits are the edition's.
    await page.locator('[data-step="range"]').scrollIntoViewIfNeeded();
    await waitForActive(page, 3);
    await page.waitForFunction(() => /[٠-٩]/.test(document.querySelector('[data-scene] .credit:not(.off)')?.textContent + (document.querySelector('.legend')?.textContent ?? '')));
    expect(await page.locator('.legend').innerText()).toMatch(/٣٠٠\u00a0km/);
    await page.locator('[data-step="stakes"]').scrollIntoViewIfNeeded();
    await waitForActive(page, steps - 1);
    expect(await page.locator('[data-scene="stakes"]').innerText()).toMatch(/٢٬١٠٠/);
    expect(errors).toEqual([]);
    // And the English page links here.
    await openStory(page, '/', { site: site!.url });
    expect(await page.locator('[data-edition-link="xa"]').getAttribute('href')).toBe('/xa/');
    expect(await page.locator('[data-edition-link="xa"]').innerText()).toBe('Rééád thíš štörý íñ Pséüdö');
    await context.close();
  });

  it('the embed has no link to other editions', async () => {
    const context = await browser!.newContext(VIEWPORTS.phone);
    const page = await context.newPage();
    await page.goto(`${site!.url}/xa/embed/`);
    await page.waitForSelector('[data-scroll-engine]:not([data-scroll-engine="none"])');
    expect(await page.locator('[data-edition-link]').count()).toBe(0);
    expect(await page.locator('h1').innerText()).toMatch(/^Rüššíá'š/);
    await context.close();
  });

  it('builds every edition it can: a broken one is left out with its errors, one lacking words is built without English words', () => {
    const r = result;
    // A loud summary names the edition held back and the one behind.
    expect(r.output).toMatch(/^xb\.yaml:\d+:\d+ {2}scenes\.weapon\.hiddn {2}is not a key this section knows — did you mean "hidden"\?/m);
    expect(r.output).toMatch(/^ar\.yaml:\d+:1 {2}events {2}warning: has no words for events\.tutor yet/m);
    expect(r.output).toMatch(/edition ar +ready, behind: 1 event without words/);
    expect(r.output).toMatch(/1 edition was NOT built: xb/);
    expect(existsSync(join(out, 'xb'))).toBe(false);
    // English goes out with its new words; no link to the edition left out.
    expect(built('index.html')).toContain('Tutor');
    expect(built('index.html')).not.toContain('data-edition-link="xb"');
    expect(built('xa/index.html')).not.toContain('data-edition-link="xb"');
    // The Arabic page draws the event (its date on the timeline) without its name, and no English in its place.
    const arPage = built('ar/index.html');
    expect(arPage).toContain('data-event-date="2024-06-12"');
    for (const english of ['Tutor', 'drone boat']) expect(arPage, english).not.toContain(english);
    expect(arPage).toMatch(/[\u0600-\u06ff]/);
    expect(built('ar/__data.json')).not.toContain('Tutor');
  });
});

/**
 * `npm run build` with a broken story.yaml (or any failing build) exits non-zero with the
 * messages and leaves the last good build/ exactly as it was. Runs the real build script in
 * a throwaway copy of the project, so the real story.yaml and build/ are never touched.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../helpers/project-copy';
import { edit } from '../helpers/story-file';
import { FIVE_MISTAKES, LOCATED, withFiveMistakes } from '../helpers/story-mistakes';

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

afterAll(() => copy?.remove());

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

  it('swaps in the new build only when it succeeds', { timeout: BUILD_TIMEOUT }, () => {
    // The headline is a word: it lives in the English locale file.
    copy.writeStory(good);
    const en = join(copy.dir, 'src/lib/data/locales/en.yaml');
    const words = readFileSync(en, 'utf8');
    expect(words).toMatch(/^ {2}headline: .+$/m);
    writeFileSync(en, words.replace(/^ {2}headline: .+$/m, '  headline: A checked headline change'));
    const r = build();
    expect(r.status, r.output).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('A checked headline change');
    expect(leftovers()).toEqual([]);
  });
});

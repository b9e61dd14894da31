/** `npm run check:data` as an editor runs it: a real Node process on a file, reading its output and exit code. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { edit, STORY_PATH, storyText } from '../helpers/story-file';
import { FIVE_MISTAKES, LOCATED, withFiveMistakes } from '../helpers/story-mistakes';

const dir = mkdtempSync(join(tmpdir(), 'check-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function checkData(text?: string) {
  const file = join(dir, 'story.yaml');
  if (text !== undefined) writeFileSync(file, text);
  const r = spawnSync(process.execPath, ['scripts/check-data.mjs', ...(text === undefined ? [] : [file])], { encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('npm run check:data', () => {
  it('is the npm script editors run', () => {
    // What `npm pkg get scripts` prints, read without starting npm (a second of CPU).
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(scripts['check:data']).toBe('node scripts/check-data.mjs');
    expect(scripts.schema).toBe('node scripts/schema.mjs');
  });

  it('exits 0 on the real story.yaml (no path given)', () => {
    const r = checkData();
    expect(r.out, `${STORY_PATH}`).toMatch(/story\.yaml: (no problems found|0 errors)/);
    expect(r.status).toBe(0);
  }, 30_000);

  it('prints 5 located messages for 5 separate mistakes and exits 1', () => {
    const r = checkData(withFiveMistakes(storyText()));
    expect(r.status).toBe(1);
    const errors = r.out.split('\n').filter((l) => LOCATED.test(l) && !/ {2}warning: /.test(l));
    expect(errors).toHaveLength(5);
    for (const m of FIVE_MISTAKES) expect(errors.some((l) => m.path.test(LOCATED.exec(l)![3])), m.what).toBe(true);
    expect(r.out).toMatch(/story\.yaml: 5 errors/);
    // Each message points at the line the mistake is on.
    const lines = withFiveMistakes(storyText()).split('\n');
    for (const l of errors) {
      const [, line, , path] = LOCATED.exec(l)!;
      const mistake = FIVE_MISTAKES.find((m) => m.path.test(path))!;
      expect(lines[Number(line) - 1], l).toContain(mistake.to.trim());
    }
  }, 30_000);

  it('suggests the key and scene that were meant', () => {
    const r = checkData(edit(edit(storyText(), '    ship: Tutor', '    shp: Tutor'), 'scene: speed', 'scene: speeed'));
    expect(r.out).toMatch(/events\[\d+\]\.shp {2}is not a key this section knows — did you mean "ship"\?/);
    expect(r.out).toMatch(/steps\[\d+\]\.scene {2}is not one of the allowed values — did you mean "speed"\?/);
  }, 30_000);

  it('warns (exit 0) about a figure typed into copy where a placeholder exists', () => {
    let t = edit(storyText(), 'range_km: 300 ', 'range_km: 450 ');
    t = edit(t, 'With a range of **{missile.range_km} km**', 'With a range of **300 km**');
    const r = checkData(t);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/story\.yaml:\d+:\d+ {2}steps\[\d+\]\.text {2}warning: has "300 km" typed in, but missile\.range_km is 450; write \{missile\.range_km\}/);
  }, 30_000);

  it('reports a file it cannot read instead of crashing', () => {
    const r = spawnSync(process.execPath, ['scripts/check-data.mjs', join(dir, 'missing.yaml')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/missing\.yaml:0:0 {2}\(top of file\) {2}cannot be read/);
  }, 30_000);
});

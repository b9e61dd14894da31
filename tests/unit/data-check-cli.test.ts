/** `npm run check:data` as an editor runs it: a real Node process on a file, reading its output and exit code. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { edit, localeText, STORY_PATH, storyText } from '../helpers/story-file';
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

  it('exits 0 on the real story.yaml and locale files (no path given)', () => {
    const r = checkData();
    expect(r.out, `${STORY_PATH}`).toMatch(/story\.yaml: (no problems found|0 errors)/);
    expect(r.out).toMatch(/^en\.yaml: (no problems found|0 errors)/m);
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
    const r = checkData(edit(edit(storyText(), '    label: above', '    lable: above'), 'scene: speed', 'scene: speeed'));
    expect(r.out).toMatch(/events\[\d+\]\.lable {2}is not a key this section knows — did you mean "label"\?/);
    expect(r.out).toMatch(/steps\[\d+\]\.scene {2}is not one of the allowed values — did you mean "speed"\?/);
  }, 30_000);

  /** A project-like folder: story.yaml beside locales/<lang>.yaml, checked as `check:data locales/ar.yaml`. */
  function checkLocaleFile(story: string, words: string, lang = 'ar') {
    const root = mkdtempSync(join(dir, 'project-'));
    mkdirSync(join(root, 'locales'));
    writeFileSync(join(root, 'story.yaml'), story);
    writeFileSync(join(root, 'locales', `${lang}.yaml`), words);
    const r = spawnSync(process.execPath, ['scripts/check-data.mjs', join(root, 'locales', `${lang}.yaml`)], { encoding: 'utf8' });
    return { status: r.status, out: `${r.stdout}${r.stderr}` };
  }

  it('warns (exit 0) about a figure typed into copy where a placeholder exists', () => {
    const story = edit(storyText(), 'range_km: 300 ', 'range_km: 450 ');
    const words = edit(localeText(), 'With a range of **{missile_range_km} km**', 'With a range of **300 km**');
    const r = checkLocaleFile(story, words, 'en');
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/^en\.yaml:\d+:\d+ {2}steps\.range\.text {2}warning: has "300 km" typed in, but missile_range_km is 450; write \{missile_range_km\}/m);
  }, 30_000);

  it('reports every kind of locale-file problem, one located line each, and exits 1', () => {
    let t = localeText();
    const mistakes: [string, string, RegExp][] = [
      ['  jeddah: Jeddah\n', '  jeddah: Jeddah\n  jedda: Jedda\n', /places\.jedda {2}is not an id in story\.yaml's places — did you mean "jeddah"\?/],
      ['  sounion:\n    ship: Sounion\n    what: Tanker carrying about 150,000 tonnes of crude hit and set on fire\n', '', /events {2}warning: has no words for events\.sounion yet .*draws the event without its name/],
      ['    route: "**{calc_route_km} km** from Moscow to Sanaa"\n', '', /scenes\.map\.route {2}is missing/],
      ['  hodeidah: Hodeidah\n', '  hodeidah: Hodeidah\n  extra_key: x\n', /places\.extra_key {2}is not an id/],
      ['{missile_range_km} km of a launch point', '{missile_rang_km} km of a launch point', /scenes\.map\.within_range {2}uses an unknown figure \{missile_rang_km\} — did you mean "missile_range_km"\?/],
      ['credit: "Source: {sources}"', 'credit: "Source: {source}"', /page\.credit {2}uses \{source\}, which this message is not given — did you mean "sources"\?/],
      ['{calc_event_count, plural, one {one ship} other {# ships}}', '{calc_event_count, plural, one {one ship} few {# ships}}', /steps\.events\.alt {2}message syntax: .*has no "other" form/],
      ['{attacks_count, plural, one {One mark} other {# marks}}', '{attacks_count, plural, one {One mark} two {Two marks} other {# marks}}', /steps\.attacks\.alt {2}has the word form "two", which en-GB does not use/],
      ['{attacks_compare_count, plural, one {# attack} other {# attacks}}', '{attacks_compare_count, plural one {# attack} other {# attacks}}', /steps\.attacks\.text {2}message syntax: .*do not follow a comma/],
      ['With a range of **{missile_range_km} km**', 'With a range of **300 km**', /steps\.range\.text {2}warning: has "300 km" typed in; write \{missile_range_km\}/]
    ];
    for (const [from, to] of mistakes) t = edit(t, from, to);
    const r = checkLocaleFile(storyText(), t);
    expect(r.status).toBe(1);
    const lines = r.out.split('\n');
    for (const [, to, pattern] of mistakes) {
      const hit = lines.find((l) => pattern.test(l));
      expect(hit, `${pattern}\n${r.out}`).toBeDefined();
      expect(hit).toMatch(/^ar\.yaml:\d+:\d+ {2}\S/);
      // Located: the line named holds the mistake (or, for a missing key, its section).
      const line = Number(/^ar\.yaml:(\d+):/.exec(hit!)![1]);
      const fileLine = t.split('\n')[line - 1];
      if (to) expect(to.includes(fileLine.trim().slice(0, 12)) || fileLine.includes(to.trim().slice(0, 20)) || /^\s*[a-z_]+:\s*(>-)?$/.test(fileLine), `${hit} → line "${fileLine}"`).toBe(true);
    }
    expect(r.out).toMatch(/ar\.yaml: 8 errors, 2 warnings\./);
  }, 30_000);

  it('reports a file it cannot read instead of crashing', () => {
    const r = spawnSync(process.execPath, ['scripts/check-data.mjs', join(dir, 'missing.yaml')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/missing\.yaml:0:0 {2}\(top of file\) {2}cannot be read/);
  }, 30_000);
});

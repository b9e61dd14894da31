/**
 * `npm run check:data` over a whole project-like folder (story.yaml, locales/, translations/), as
 * the build runs it: every problem of every file in one run, editions that lag reported as
 * warnings, and texts translated from an English wording that has changed since.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkAll } from '../../scripts/check-data.mjs';
import { confirm } from '../../scripts/translations-confirm.mjs';
import { edit, LOCALES_DIR, localeText, storyText } from '../helpers/story-file';

const root = mkdtempSync(join(tmpdir(), 'check-all-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A folder laid out like src/lib/data, with the project's files edited by `change`. */
function project(label: string, change: { story?: (t: string) => string; en?: (t: string) => string; ar?: (t: string) => string } = {}) {
  const dir = join(root, label);
  mkdirSync(join(dir, 'locales'), { recursive: true });
  cpSync(join(LOCALES_DIR, '../translations'), join(dir, 'translations'), { recursive: true });
  writeFileSync(join(dir, 'story.yaml'), (change.story ?? ((t) => t))(storyText()));
  writeFileSync(join(dir, 'locales/en.yaml'), (change.en ?? ((t) => t))(localeText('en')));
  writeFileSync(join(dir, 'locales/ar.yaml'), (change.ar ?? ((t) => t))(localeText('ar')));
  return { dir, check: () => checkAll(join(dir, 'story.yaml'), join(dir, 'locales')) };
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;
const lineOf = (text: string, from: string) => lineAt(text, text.indexOf(from));
/** The line of a step's `text:` key in a words file. */
const stepTextLine = (text: string, id: string) => lineAt(text, text.indexOf('    text:', text.indexOf(`\n  ${id}:\n    kicker:`)) );
const errorLines = (report: string) => report.split('\n').filter((l) => /^\w+\.yaml:\d+:\d+ {2}\S+ {2}(?!warning: )/.test(l));

describe('check:data over every file', () => {
  it('is clean on the project as it is: every edition ready, no translation stale', async () => {
    const r = await project('clean').check();
    expect(r.errors, r.report).toBe(0);
    expect(r.warnings, r.report).toBe(0);
    expect(r.editions.map((e: { lang: string; ok: boolean; behind: string }) => [e.lang, e.ok, e.behind])).toEqual([['en', true, ''], ['ar', true, '']]);
  }, 30_000);

  it('lists five mistakes across two files in one run: three in story.yaml, two unknown placeholders in en.yaml', async () => {
    const r = await project('five', {
      story: (t) => edit(edit(edit(t, 'range_km: 300 ', 'range_km: "300 km" '), '    label: above', '    lable: above'), 'scene: speed', 'scene: sped'),
      en: (t) => edit(edit(t, '{missile_range_km} km of a launch point', '{missile_rang_km} km of a launch point'), 'credit: "Source: {sources}"', 'credit: "Source: {source}"')
    }).check();
    const lines = errorLines(r.report);
    expect(lines, r.report).toHaveLength(5);
    expect(lines.filter((l) => l.startsWith('story.yaml:')).map((l) => l.split('  ')[1])).toEqual(['missile.range_km', 'events[0].lable', 'steps[5].scene']);
    expect(lines.filter((l) => l.startsWith('en.yaml:')).map((l) => l.split('  ')[1])).toEqual(['page.credit', 'scenes.map.within_range']);
    expect(r.report).toMatch(/^en\.yaml:\d+:20 {2}page\.credit {2}uses \{source\}, which this message is not given — did you mean "sources"\?/m);
    expect(r.report).toMatch(/uses an unknown figure \{missile_rang_km\} — did you mean "missile_range_km"\?/);
    expect(r.report).not.toMatch(/not checked/);
    expect(r.report).toMatch(/^check:data: 5 errors \(story\.yaml 3, en\.yaml 2\)/m);
    expect(r.errors).toBe(5);
    expect(r.editions.every((e: { ok: boolean }) => !e.ok)).toBe(true);
  }, 30_000);

  it('reports what a lagging edition lacks as warnings at its section\'s line, and holds back only an edition with errors', async () => {
    let ar = '';
    const r = await project('lag', {
      ar: (t) => (ar = t.replace(/\n {2}tutor:\n(?: {4}.*\n)+/, '\n').replace(/(\n {2}speed:\n {4})kicker:/, '$1kickr:'))
    }).check();
    const line = lineOf(ar, '\nevents:') + 1;
    expect(r.report).toContain(`ar.yaml:${line}:1  events  warning: has no words for events.tutor yet`);
    // A step without its kicker cannot be drawn without another language's words: an error.
    expect(r.report).toMatch(/^ar\.yaml:\d+:\d+ {2}steps\.speed\.kicker {2}is missing/m);
    const byLang = Object.fromEntries(r.editions.map((e: { lang: string }) => [e.lang, e]));
    expect(byLang.en).toMatchObject({ ok: true });
    expect(byLang.ar).toMatchObject({ ok: false, behind: expect.stringMatching(/^1 event without words/) });
    expect(r.report).toMatch(/edition ar {4}HELD BACK: \d+ errors? in ar\.yaml/);
  }, 30_000);
});

describe('stale translations', () => {
  it('names the Arabic text translated from an English text that changed, with its file, line and key, until it is confirmed', async () => {
    let ar = '';
    let en = '';
    const p = project('stale', {
      en: (t) => (en = edit(t, 'At Mach {missile_speed_mach}', 'At about Mach {missile_speed_mach}')),
      ar: (t) => (ar = t)
    });
    const r = await p.check();
    expect(r.errors, r.report).toBe(0);
    const warning = r.report.split('\n').find((l) => / {2}steps\.speed\.text {2}warning: translated from an earlier English text/.test(l));
    expect(warning, r.report).toBeDefined();
    // Located at the Arabic text's key, and pointing at the English that changed.
    const [, line, col] = /^ar\.yaml:(\d+):(\d+) /.exec(warning!)!.map(Number);
    expect(line).toBe(stepTextLine(ar, 'speed'));
    expect(col).toBe(5);
    expect(warning).toContain(`en.yaml:${stepTextLine(en, 'speed')}:5 now says "At about Mach`);
    expect(warning).toContain('npm run translations:confirm -- ar steps.speed.text');
    expect(r.report.match(/translated from an earlier English text/g)).toHaveLength(1);
    expect(r.editions.find((e: { lang: string }) => e.lang === 'ar')).toMatchObject({ ok: true, behind: '1 text translated from an earlier English wording' });

    // The translator checks it (updated or not) and confirms: the warning goes, the record changed by one hash.
    const before = JSON.parse(readFileSync(join(p.dir, 'translations/ar.json'), 'utf8'));
    const done = await confirm('ar', ['steps.speed'], join(p.dir, 'locales'));
    expect(done.changed).toEqual(['steps.speed.text']);
    const after = JSON.parse(readFileSync(join(p.dir, 'translations/ar.json'), 'utf8'));
    expect(Object.keys(after.texts).filter((k) => after.texts[k] !== before.texts[k])).toEqual(['steps.speed.text']);
    expect((await p.check()).warnings).toBe(0);
  }, 30_000);

  it('reports a text with no record once, and refuses to confirm a key neither file has', async () => {
    const p = project('unrecorded');
    const file = join(p.dir, 'translations/ar.json');
    const record = JSON.parse(readFileSync(file, 'utf8'));
    delete record.texts['meta.dek'];
    writeFileSync(file, JSON.stringify(record));
    const r = await p.check();
    expect(r.report).toMatch(/^ar\.yaml:\d+:\d+ {2}meta\.dek {2}warning: has no record of the English it was translated from; .*translations:confirm -- ar meta\.dek/m);
    expect(r.warnings).toBe(1);
    await expect(confirm('ar', ['meta.deck'], join(p.dir, 'locales'))).rejects.toThrow(/no text with the key meta\.deck/);
  }, 30_000);
});

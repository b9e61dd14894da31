/**
 * The glossary as `check:data` warnings: a word an edition's glossary spells otherwise, and Latin
 * digits in the text of an edition that writes its own, each located as ar.yaml:LINE:COL.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkGlossary, SPELLINGS } from '$lib/data/glossary-check';
import { formatProblem } from '$lib/data/problems';
import { edit, localeText, storyText } from '../helpers/story-file';
import { checkLocale } from '../helpers/locale-check';

const glossaryWarnings = (text: string, file: string) =>
  checkLocale(text, file)
    .problems.filter((p) => p.severity === 'warning' && /glossary|Latin digits/.test(p.message))
    .map((p) => ({ ...p, text: formatProblem(p, file) }));

/** The Arabic copy with a variant spelling and a Latin digit put back, as a careless retranslation would. */
const AR = localeText('ar');
const VARIANT = edit(AR, 'لتزويد الحوثيين في', 'لتزويد جماعة الحوثي في');
const BOTH = edit(VARIANT, 'مسيّرة من طراز شاهد-١٣٦', 'مسيّرة من طراز شاهد-136');

describe('glossary warnings', () => {
  it('the real locale files have none', () => {
    expect(glossaryWarnings(AR, 'ar.yaml').map((w) => w.text)).toEqual([]);
    expect(glossaryWarnings(localeText('en'), 'en.yaml').map((w) => w.text)).toEqual([]);
  });

  it('name the variant, what the glossary writes, and where it is (file:line:col)', () => {
    const warnings = glossaryWarnings(BOTH, 'ar.yaml');
    expect(warnings.map((w) => w.text)).toEqual([
      expect.stringMatching(/^ar\.yaml:\d+:\d+ {2}drone\.name {2}warning: has Latin digits in "شاهد-136".*\(expected "شاهد-١٣٦", got "شاهد-136"\)$/),
      expect.stringMatching(/^ar\.yaml:\d+:\d+ {2}intro\[0\] {2}warning: writes "جماعة الحوثي", not the glossary's word .*\(expected "الحوثيون", got "جماعة الحوثي"\)$/)
    ]);
    const lines = BOTH.split('\n');
    for (const [w, typed] of [
      [warnings[0], 'شاهد-136'],
      [warnings[1], 'جماعة الحوثي']
    ] as const)
      expect(lines[w.line - 1].slice(w.col - 1), w.text).toMatch(new RegExp(`^(\\S* )?${typed}`));
    // Warnings: the words still validate and the build goes on.
    expect(checkLocale(BOTH, 'ar.yaml').words).toBeDefined();
  });

  it('point the column at the occurrence meant, not an earlier same letter', () => {
    // «ث» (seconds) after a figure: the message has earlier «ث» letters (ثم) that are not it.
    const t = edit(AR, /warning: "ثم \{calc_warning_seconds, plural,[^"]*"/.exec(AR)![0], 'warning: "ثم {calc_warning_seconds} ث حتى الإصابة"');
    const [w] = glossaryWarnings(t, 'ar.yaml');
    expect(w.text).toMatch(/scenes\.weapon\.warning {2}warning: writes "ث"/);
    expect(t.split('\n')[w.line - 1].slice(w.col - 1)).toMatch(/^(\{calc_warning_seconds\} )?ث حتى/);
  });

  it('leave Latin-script designations, link targets, plural keys and the moving units alone', () => {
    const words = parse(AR);
    words.intro[0] += ' [P-800](https://example.com/p800) {calc_event_count, plural, =2 {اثنتان} other {#}} K-300P';
    words.units.min = '{n} ث';
    expect(checkGlossary(words)).toEqual([]);
  });

  it('are keyed by the language code in the table, and the digit rule by locale.numerals', () => {
    const words = parse(BOTH);
    expect(checkGlossary(words).map((p) => p.got)).toEqual(['"شاهد-136"', '"جماعة الحوثي"']);
    // The same words under another language code: its own table (none here), so only the digits.
    expect(checkGlossary({ ...words, locale: { ...words.locale, tag: 'xx' } }).map((p) => p.got)).toEqual(['"شاهد-136"']);
    // An edition that writes Latin digits: they are its own.
    expect(checkGlossary({ ...words, locale: { ...words.locale, numerals: 'latn' } }).map((p) => p.got)).toEqual(['"جماعة الحوثي"']);
    // A table for another language works the same way.
    const xx = { xx: [{ variant: 'Sanaa', write: 'Sana', why: 'a test' }] };
    expect(checkGlossary({ locale: { tag: 'xx-YY', numerals: 'latn' }, intro: ['to Sanaa'] }, xx)).toEqual([
      expect.objectContaining({ severity: 'warning', path: ['intro', 0], got: '"Sanaa"', expected: '"Sana"' })
    ]);
    expect(Object.keys(SPELLINGS)).toEqual(expect.arrayContaining(['ar', 'en']));
  });
});

describe('npm run check:data prints them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('as located warnings, exit 0', () => {
    mkdirSync(join(dir, 'locales'));
    writeFileSync(join(dir, 'story.yaml'), storyText());
    writeFileSync(join(dir, 'locales', 'ar.yaml'), BOTH);
    const r = spawnSync(process.execPath, ['scripts/check-data.mjs', join(dir, 'locales', 'ar.yaml')], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ar\.yaml:\d+:\d+ {2}drone\.name {2}warning: has Latin digits in "شاهد-136"/m);
    expect(r.stdout).toMatch(/^ar\.yaml:\d+:\d+ {2}intro\[0\] {2}warning: writes "جماعة الحوثي"/m);
    expect(r.stdout).toMatch(/^ar\.yaml: 0 errors, 2 warnings\./m);
  }, 30_000);
});

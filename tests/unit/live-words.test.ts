/**
 * Numbers that move take their word forms at that moment: the race clock, the distance to go and
 * the scale bar write the locale file's unit templates, plural forms chosen for the number on
 * screen by a table the build read from Intl (the page has no Intl). Held here to Intl itself and
 * to the build-time copy renderer, through every minute count the clock shows.
 */
import { readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { category, clockLabel, unit, written } from '$lib/i18n/live';
import { clockShapes } from '$lib/scenes/race';
import { compileUnit, liveWords } from '$lib/i18n/live-words';
import { numberStyle, pluralTable, type Numerals } from '$lib/i18n/intl';
import { renderer } from '$lib/i18n/render';
import { formatIn } from '$lib/i18n/numbers';
import type { Words } from '$lib/data/locale-schema';
import { edit, localeText, LOCALES_DIR } from '../helpers/story-file';
import { localeErrors } from '../helpers/locale-check';

const NB = '\u00a0';
const spaced = (s: string) => s.replace(/\u00a0/g, ' ').trim();

/** Every edition of the project, from its locale file. */
const editions = readdirSync(LOCALES_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => {
    const words = parseYaml(localeText(f.replace(/\.yaml$/, ''))) as Words;
    const numerals = words.locale.numerals as Numerals;
    const numbers = numberStyle(words.locale.tag, numerals);
    return { file: f, tag: words.locale.tag, numerals, units: words.units, numbers, live: liveWords(words.locale.tag, numbers, words.units) };
  });
const ar = editions.find((e) => e.file === 'ar.yaml')!;

/** Numbers (whole to `upTo`, and every tenth below 10) whose category in the table is not Intl's. */
function mismatches(tag: string, upTo: number): string[] {
  const table = pluralTable(tag);
  const rules = new Intl.PluralRules(tag);
  const numbers = [...Array.from({ length: upTo }, (_, n) => n), ...Array.from({ length: 100 }, (_, k) => k / 10)];
  return numbers.filter((n) => category(table, n) !== rules.select(n)).map((n) => `${tag} ${n}: ${category(table, n)} ≠ ${rules.select(n)}`);
}

describe('the plural table the page looks up', () => {
  it.each(editions.map((e) => [e.file, e.tag]))('%s (%s): every whole number to 99,999 and every tenth below 10 as Intl.PluralRules', (_, tag) => {
    expect(mismatches(tag, 100_000).slice(0, 5)).toEqual([]);
  });

  it("holds for other languages' rules too (to 9,999)", () => {
    expect(['ru', 'pl', 'cy', 'ga', 'he', 'lv', 'gd'].flatMap((tag) => mismatches(tag, 10_000)).slice(0, 5)).toEqual([]);
  });

  it('reads a number as the page writes it (7.35 shows as 7.4, 9.96 as 10)', () => {
    expect(written(7.35)).toBe(7.4);
    expect(written(9.96)).toBe(10);
    expect(written(42.4)).toBe(42);
    expect(category(pluralTable('ar'), 9.96)).toBe('few');
    expect(category(pluralTable('en'), 1.04)).toBe('one');
    expect(category(pluralTable('en'), 1.06)).toBe('other');
  });
});

describe('the race clock, minute by minute from 0 to 100', () => {
  it.each(editions.map((e) => [e.file, e]))('%s: each label takes the word form Intl.PluralRules selects, as the copy would at build time', (_, e) => {
    // The copy's renderer chooses word forms with Intl.PluralRules at build time: the oracle.
    const copy = renderer({ tag: e.tag, numerals: e.numerals }, {});
    for (let n = 0; n <= 100; n++) {
      const expected = n < 60 ? copy.text(e.units.min, { n }) : copy.text(e.units.hours_minutes, { h: Math.floor(n / 60), m: n % 60 });
      expect(spaced(clockLabel(e.live, n)), `${n} min`).toBe(spaced(expected));
    }
    // Fractions of a minute take a fraction's form (Arabic: other, the singular).
    for (let k = 1; k < 100; k++) expect(spaced(clockLabel(e.live, k / 10)), `${k / 10} min`).toBe(spaced(copy.text(e.units.min, { n: k / 10 })));
  });

  it('Arabic: «دقيقة واحدة» and «دقيقتان» without a digit, «دقائق» from 3 to 10, «دقيقة» from 11', () => {
    const live = ar.live;
    const d = (n: number) => formatIn(ar.numbers, n);
    expect(spaced(clockLabel(live, 1))).toBe('دقيقة واحدة');
    expect(spaced(clockLabel(live, 2))).toBe('دقيقتان');
    for (let n = 3; n <= 10; n++) expect(spaced(clockLabel(live, n))).toBe(`${d(n)} دقائق`);
    for (let n = 11; n < 60; n++) expect(spaced(clockLabel(live, n))).toBe(`${d(n)} دقيقة`);
    expect(spaced(clockLabel(live, 7.35))).toBe('٧٫٤ دقيقة');
    expect(clockLabel(live, 1)).not.toMatch(/\p{Nd}/u);
    expect(clockLabel(live, 2)).not.toMatch(/\p{Nd}/u);
  });

  it("Arabic above an hour: the glossary's words (ساعة، دقيقة), the minutes' forms as below an hour, none after a whole hour", () => {
    const live = ar.live;
    expect(spaced(clockLabel(live, 97.3))).toBe('ساعة و٣٧ دقيقة');
    expect(spaced(clockLabel(live, 63))).toBe('ساعة و٣ دقائق');
    expect(spaced(clockLabel(live, 60))).toBe('ساعة');
    expect(spaced(clockLabel(live, 59.97))).toBe('ساعة');
    expect(spaced(clockLabel(live, 121))).toBe('ساعتان ودقيقة');
    expect(spaced(clockLabel(live, 62))).toBe('ساعة ودقيقتان');
  });

  it('never breaks a label over two lines', () => {
    for (const e of editions) for (let n = 0; n <= 100; n += 0.5) expect(clockLabel(e.live, n)).not.toMatch(/ /);
  });
});

describe('the room the clock keeps', () => {
  it('has a shape for every label the clock writes from 0 to its last arrival, the digitless Arabic ones among them', () => {
    const shapes = clockShapes(ar.live, 97.3);
    const zero = (s: string) => s.replace(/[٠-٩]/g, '٠');
    for (let t = 0; t <= 97.3; t += 0.01) expect(shapes, String(t)).toContain(zero(clockLabel(ar.live, t)));
    expect(shapes.map(spaced)).toEqual(expect.arrayContaining(['دقيقة واحدة', 'دقيقتان', '٠ دقائق', '٠٠ دقائق', '٠٠ دقيقة', '٠٫٠ دقيقة', 'ساعة و٠٠ دقيقة']));
    expect(shapes.length).toBeLessThan(20);
    // Nothing past the end: a race of 5 minutes keeps no room for an hour.
    expect(clockShapes(ar.live, 5).some((s) => s.includes('ساعة'))).toBe(false);
  });
});

describe('unit templates compiled for the page', () => {
  const en = liveWords('en', numberStyle('en', 'latn'), { km: '{n} km', m: '{n} m', min: '{n, plural, one {# minute} other {# minutes}}', hours_minutes: '{h} h {m} min', km_to_go: '{n} km to go' });
  it('keep the number with its words; other spaces may break', () => {
    expect(unit(en, 'km_to_go', 300)).toBe(`300${NB}km to go`);
    expect(unit(en, 'min', 1)).toBe(`1${NB}minute`);
    expect(unit(en, 'min', 1.5)).toBe(`1.5${NB}minutes`);
    expect(clockLabel(en, 97.3)).toBe(`1${NB}h${NB}37${NB}min`);
    expect(unit(ar.live, 'km', 300)).toBe(`٣٠٠${NB}كم`);
  });
  it('match an exact number before a category', () => {
    const live = { ...en, units: { ...en.units, km: compileUnit('{n, plural, =0 {here} other {# km}}') } };
    expect(unit(live, 'km', 0)).toBe('here');
    expect(unit(live, 'km', 0.04)).toBe('here');
    expect(unit(live, 'km', 12)).toBe(`12${NB}km`);
  });
  it('ship no parser and no Intl: live.ts imports neither', async () => {
    const src = (await import('node:fs')).readFileSync('src/lib/i18n/live.ts', 'utf8');
    expect(src).not.toMatch(/parseMessage|Intl\./);
  });
});

describe('the locale check of unit templates', () => {
  const en = localeText('en');
  const errorsAt = (text: string, path: string) => localeErrors(text).filter((p) => p.path === path);
  it('accepts word forms in a unit', () => {
    expect(localeErrors(edit(en, 'min: "{n} min"', 'min: "{n, plural, one {# minute} other {# minutes}}"'))).toEqual([]);
  });
  it('names the key of a unit that uses a value it is not given', () => {
    const [e] = errorsAt(edit(en, 'min: "{n} min"', 'min: "{n, plural, one {# minute} other {{count} minutes}}"'), 'units.min');
    expect(e?.message).toMatch(/\{count\}, which this message is not given/);
    const [k] = errorsAt(edit(en, 'km_to_go: "{n} km to go"', 'km_to_go: "{km} km to go"'), 'units.km_to_go');
    expect(k?.message).toMatch(/\{km\}/);
  });
  it('refuses a figure in a unit and a word form the language lacks', () => {
    const [f] = errorsAt(edit(en, 'min: "{n} min"', 'min: "{n} of {calc_drone_minutes} min"'), 'units.min');
    expect(f?.message).toMatch(/figure \{calc_drone_minutes\}/);
    const [c] = errorsAt(edit(en, 'min: "{n} min"', 'min: "{n, plural, one {# minute} few {# minutes} other {# minutes}}"'), 'units.min');
    expect(c?.message).toMatch(/"few", which en\S* does not use/);
  });
  it('names a unit whose plural syntax is broken', () => {
    const [e] = errorsAt(edit(en, 'min: "{n} min"', 'min: "{n, plural, one {# minute}}"'), 'units.min');
    expect(e?.message).toMatch(/no "other" form/);
  });
});

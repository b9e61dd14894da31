/**
 * Numbers, dates and word forms per edition. The page formats numbers without Intl (symbols the
 * build read from Intl); these tests hold that output to Intl's own, for English and Arabic
 * digits, and check the plural forms the message syntax picks for counts 0, 1, 2, 3, 11 and 100.
 */
import { describe, expect, it } from 'vitest';
import { formatIn, LATIN, keepUnits } from '$lib/i18n/numbers';
import { dateFormats, listFormat, numberStyle, pluralCategories } from '$lib/i18n/intl';
import { renderMessage } from '$lib/i18n/message';
import { MessageError, parseMessage } from '$lib/i18n/message-parse';
import { renderer } from '$lib/i18n/render';
import { formatNumber } from '$lib/text/format';

const EDITIONS = [
  ['en-GB', 'latn'],
  ['ar', 'arab'],
  ['ar', 'latn'],
  ['de', 'latn'],
  ['es', 'latn'],
  ['fa', 'arab']
] as const;

/** Intl's own output with the rounding the story uses (whole from 10 up, one decimal below). */
const intl = (tag: string, numerals: string, n: number) => {
  const nf = new Intl.NumberFormat(tag, { numberingSystem: numerals, maximumFractionDigits: Math.abs(n) >= 10 ? 0 : 1 });
  const r = Math.abs(n) >= 10 ? Math.round(n) : n;
  return nf.format(r);
};

describe('numbers in each edition match Intl', () => {
  const values = [0, 0.25, 1, 2, 7.35, 7.25, 9.94, 10, 11.5, 97.4, 300, 999.5, 1000, 1234.5, 2100, 2450.4, 12345, 999999.5, 1234567, -3, -1500, -7.3];
  it.each(EDITIONS)('%s with %s digits', (tag, numerals) => {
    const style = numberStyle(tag, numerals);
    for (const n of values) expect(formatIn(style, n), `${n}`).toBe(intl(tag, numerals, n).replace(/^-0$/, '0'));
  });

  it('agrees on 3,000 seeded values in Arabic-Indic digits', () => {
    const style = numberStyle('ar', 'arab');
    let seed = 11;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 3000; i++) {
      const n = Math.round((rand() - 0.2) * [1, 10, 100, 1e4, 1e7][i % 5] * 100) / 100;
      expect(formatIn(style, n), String(n)).toBe(intl('ar', 'arab', n).replace(/^\u061c?-([0٠])$/, '$1'));
    }
  });

  it('the Latin default is the English format the story used before editions', () => {
    for (const n of [0, 7.35, 2450.4, -1500, 12345678]) expect(formatIn(LATIN, n)).toBe(formatNumber(n));
    expect(formatIn(numberStyle('ar', 'arab'), 2450.4)).toBe('٢٬٤٥٠');
    expect(formatIn(numberStyle('ar', 'arab'), 7.35)).toBe('٧٫٤');
  });
});

describe('a number and its unit stay on one line', () => {
  const NB = '\u00a0';
  it('binds a figure to a short word after it, in any digits', () => {
    expect(keepUnits('a range of 300 km, 5–15 m above')).toBe(`a range of 300${NB}km, 5–15${NB}m above`);
    expect(keepUnits('فوق الأمواج: ٣٠٠ كم')).toBe(`فوق الأمواج: ٣٠٠${NB}كم`);
    expect(keepUnits('١٥ م فوق')).toBe(`١٥${NB}م فوق`);
  });
  it('leaves a figure before a longer word, a word before a figure, and a date alone', () => {
    expect(keepUnits('190 counted by CSIS')).toBe('190 counted by CSIS');
    expect(keepUnits('Mach 2 near the sea')).toBe('Mach 2 near the sea');
    expect(keepUnits('٢٠٠ أمتار')).toBe('٢٠٠ أمتار');
    expect(keepUnits('in 2024 alone')).toBe('in 2024 alone');
  });
  it('is applied to every rendered message', () => {
    const r = renderer({ tag: 'en-GB', numerals: 'latn' }, { missile_range_km: 300 });
    expect(r.text('With a range of {missile_range_km} km')).toBe(`With a range of 300${NB}km`);
  });
});

describe('dates and lists', () => {
  it('write a date figure as a date, and a name that only looks like one as typed', () => {
    const r = renderer({ tag: 'en-GB', numerals: 'latn' }, { attacks_since: '2023-11-19' });
    expect(r.text('{attacks_since}: {source}', { source: '2024-13-45' })).toBe('19\u00a0November 2023: 2024-13-45');
  });
  it('write dates in the language and digits of the edition', () => {
    expect(dateFormats('en-GB', 'latn').long('2023-11-19')).toBe('19\u00a0November 2023');
    expect(dateFormats('en-GB', 'latn').short('2024-09-01')).toBe('1\u00a0Sept 2024');
    expect(dateFormats('ar', 'arab').long('2023-11-19')).toBe('١٩\u00a0نوفمبر ٢٠٢٣');
    expect(dateFormats('ar', 'latn').long('2023-11-19')).toBe('19\u00a0نوفمبر 2023');
  });
  it('write a month (YYYY-MM) as the month and year, without a day, on one line', () => {
    expect(dateFormats('en-GB', 'latn').month('2023-11')).toBe('November\u00a02023');
    expect(dateFormats('ar', 'arab').month('2023-11')).toBe('نوفمبر\u00a0٢٠٢٣');
  });
  it('join names as the language joins a list', () => {
    expect(listFormat('en-GB')(['Reuters', 'Natural Earth'])).toBe('Reuters, Natural Earth');
    expect(listFormat('ar')(['رويترز', 'ناتشورال إيرث'])).toMatch(/^رويترز.*ناتشورال إيرث$/);
  });
  it('never glue a one-letter conjunction to a name in another script, in any language', () => {
    // Letters of two scripts side by side can only come from the join: each name is in one script.
    const scripts = ['Latin', 'Arabic', 'Hebrew', 'Cyrillic'].map((s) => new RegExp(`^\\p{Script=${s}}$`, 'u'));
    const script = (c: string) => scripts.findIndex((re) => re.test(c));
    const fused = (s: string) => [...s].some((c, i, cs) => i > 0 && /\p{L}/u.test(c) && /\p{L}/u.test(cs[i - 1]) && script(c) !== script(cs[i - 1]));
    const names = ['Natural Earth', 'رويترز', 'CTC Sentinel', 'רויטרס', 'Рейтер'];
    for (const tag of ['ar', 'fa', 'ur', 'he', 'ru', 'en-GB', 'fr', 'es'])
      for (const a of names)
        for (const b of names) {
          if (a === b) continue;
          for (const items of [[a, b], [b, a, 'Natural Earth' === a ? 'رويترز' : 'Natural Earth']]) {
            const joined = listFormat(tag)(items);
            expect(fused(joined), `${tag}: ${joined}`).toBe(false);
            for (const item of items) expect(joined).toContain(item);
          }
        }
    // Arabic's own "و" stays glued to an Arabic name, as Arabic writes it.
    expect(listFormat('ar')(['رويترز', 'وزارة الدفاع'])).toBe('رويترز ووزارة الدفاع');
    expect(listFormat('ar')(['رويترز', 'Natural Earth'])).toBe('رويترز و Natural Earth');
  });
});

describe('word forms chosen by a figure (plural), compiled at build time', () => {
  const EN = '{attacks_count, plural, one {# attack} other {# attacks}}';
  const AR = '{attacks_count, plural, zero {لا هجمات} one {هجوم واحد} two {هجومان} few {# هجمات} many {# هجومًا} other {# هجوم}}';
  const say = (tag: string, numerals: 'latn' | 'arab', message: string, count: number) =>
    renderer({ tag, numerals }, { 'attacks_count': count }).text(message);

  it.each([
    [0, '0 attacks'],
    [1, '1 attack'],
    [2, '2 attacks'],
    [3, '3 attacks'],
    [11, '11 attacks'],
    [100, '100 attacks']
  ])('English: %d → %s', (n, out) => expect(say('en-GB', 'latn', EN, n)).toBe(out));

  it.each([
    [0, 'لا هجمات'],
    [1, 'هجوم واحد'],
    [2, 'هجومان'],
    [3, '٣ هجمات'],
    [11, '١١ هجومًا'],
    [100, '١٠٠ هجوم']
  ])('Arabic: %d → %s', (n, out) => expect(say('ar', 'arab', AR, n)).toBe(out));

  it('an exact =N form wins over the category', () => {
    expect(say('en-GB', 'latn', '{attacks_count, plural, =0 {no attacks} one {# attack} other {# attacks}}', 0)).toBe('no attacks');
  });

  it('knows each language\'s categories', () => {
    expect(pluralCategories('en-GB').sort()).toEqual(['one', 'other']);
    expect(pluralCategories('ar').sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
  });

  it('uses the same rounding as the number it shows: 1.04 shows as "1", an English "one"', () => {
    expect(renderer({ tag: 'en-GB', numerals: 'latn' }, { 'x_n': 1.04 }).text('{x_n, plural, one {# hour} other {# hours}}')).toBe('1 hour');
  });

  it.each([
    ['{a_b, plural, one {x}}', /no "other" form/],
    ['{a_b, plural, one {x} other {y}', /not closed/],
    ['{a_b, plural one {x} other {y}}', /do not follow a comma/],
    ['{a_b, select, x {y} other {z}}', /select is not used/],
    ['{a_b, plural, one {x} one {y} other {z}}', /twice/],
    ['a } b', /closes nothing/],
    ['a { b', /not closed/],
    ['a {} b', /no name/]
  ])('refuses the broken message %s', (message, error) => {
    expect(() => parseMessage(message)).toThrow(MessageError);
    expect(() => parseMessage(message)).toThrow(error);
  });

  it('renders nested placeholders and # inside branches', () => {
    const parts = parseMessage('{n_x, plural, one {# ship hit near {p}} other {# ships hit near {p}}}');
    const ctx = { text: (k: string) => (k === 'p' ? 'Aden' : '2'), number: () => 2, plural: () => 'other' };
    expect(renderMessage(parts, ctx)).toBe('2 ships hit near Aden');
  });
});

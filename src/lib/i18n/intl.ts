/**
 * Build-time only: an edition's number symbols, plural categories, dates and lists, read from Intl
 * for its language tag and numbering system. The page receives the results, never Intl itself.
 */
import type { NumberStyle } from './numbers';
import type { PluralTable } from './live';

export type Numerals = 'latn' | 'arab';

/**
 * One result per language tag (and numbering system): Intl's formatters are slow to make (a build
 * asks for an edition's symbols and dates at every figure it checks and every page it renders),
 * and what they give for a tag never changes. Results are frozen: callers share them.
 */
export function perTag<A extends unknown[], R extends object>(make: (...args: A) => R): (...args: A) => R {
  const made = new Map<string, R>();
  return (...args) => {
    const key = args.join('|');
    let r = made.get(key);
    if (!r) made.set(key, (r = Object.freeze(make(...args))));
    return r;
  };
}

/** The symbols Intl uses for `tag` with `numerals` (digits, group, decimal, minus). */
export const numberStyle = perTag(function numberStyle(tag: string, numerals: Numerals): NumberStyle {
  const nf = new Intl.NumberFormat(tag, { numberingSystem: numerals });
  const parts = nf.formatToParts(-12345.6);
  const pick = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const beforeMinus = parts.slice(0, parts.findIndex((p) => p.type === 'minusSign')).map((p) => p.value).join('');
  const digits = Array.from({ length: 10 }, (_, d) => nf.format(d)).join('');
  return {
    digits,
    group: pick('group'),
    decimal: pick('decimal'),
    minus: beforeMinus + pick('minusSign'),
    minGroupDigits: nf.formatToParts(1000).some((p) => p.type === 'group') ? 4 : 5
  };
});

/** The plural categories a language has (English: one, other; Arabic: zero, one, two, few, many, other). */
export function pluralCategories(tag: string): string[] {
  return new Intl.PluralRules(tag).resolvedOptions().pluralCategories as string[];
}

/** The category of `n` in `tag`; the number as shown decides (7.35 shows as 7.4, an "other"). */
export function pluralRule(tag: string): (n: number) => string {
  const rules = new Intl.PluralRules(tag, { maximumFractionDigits: 1 });
  return (n) => rules.select(Math.abs(n) >= 10 ? Math.round(n) : Math.round(n * 10) / 10);
}

/** The categories of every number a moving graphic can write, for the page to look up (see PluralTable). */
export const pluralTable = perTag(function pluralTable(tag: string): PluralTable {
  const rules = new Intl.PluralRules(tag);
  const categories = pluralCategories(tag);
  const codes = (count: number, scale: number) => Array.from({ length: count }, (_, i) => categories.indexOf(rules.select(i / scale))).join('');
  return { categories, whole: codes(200, 1), tenths: codes(100, 10) };
});

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Date labels in the edition's language and digits. */
export const dateFormats = perTag(function dateFormats(tag: string, numerals: Numerals) {
  const f = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, { ...o, timeZone: 'UTC', numberingSystem: numerals });
  const long = f({ day: 'numeric', month: 'long', year: 'numeric' });
  const short = f({ day: 'numeric', month: 'short', year: 'numeric' });
  const month = f({ month: 'short' });
  const monthYear = f({ month: 'short', year: 'numeric' });
  const longMonth = f({ month: 'long', year: 'numeric' });
  // Day and month stay on one line ("since 19 / November 2023" read badly): the first space is a no-break space.
  const glued = (s: string) => s.replace(' ', '\u00a0');
  return {
    /** "19 November 2023" (19 and November unbreakable) */
    long: (iso: string) => glued(long.format(utc(iso))),
    /** "19 Nov 2023" (likewise) */
    short: (iso: string) => glued(short.format(utc(iso))),
    /** A month, "YYYY-MM": "November 2023" (month and year unbreakable: a label broke between them) */
    month: (isoMonth: string) => glued(longMonth.format(utc(`${isoMonth}-01`))),
    /** A time-axis tick: "Jan 2024" in January and for the first tick, "Apr" otherwise. */
    tick: (iso: string, first: boolean) => (first || utc(iso).getUTCMonth() === 0 ? monthYear : month).format(utc(iso))
  };
});

/** Scripts names in one list may mix; enough to tell which of them a letter belongs to. */
const SCRIPTS = ['Latin', 'Arabic', 'Hebrew', 'Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Syriac', 'Thaana', 'Devanagari', 'Bengali', 'Thai', 'Ethiopic', 'Hangul', 'Han', 'Hiragana', 'Katakana'].map(
  (name) => new RegExp(`\\p{Script=${name}}`, 'u')
);
const scriptOf = (letter: string) => SCRIPTS.findIndex((re) => re.test(letter));

/**
 * "Reuters, Natural Earth": names joined as the language joins a list. A conjunction the language
 * writes glued to the next word (Arabic "و") gets a space before a name in another script:
 * "رويترز و Natural Earth", not "وNatural Earth", which reads as one misspelt word.
 */
export function listFormat(tag: string): (items: string[]) => string {
  const lf = new Intl.ListFormat(tag, { type: 'unit', style: 'short' });
  return (items) =>
    lf
      .formatToParts(items)
      .map((part, i, parts) => {
        const next = parts[i + 1]?.value ?? '';
        const glued = part.type === 'literal' && /\p{L}$/u.test(part.value) && /^\p{L}/u.test(next);
        return glued && scriptOf(part.value.slice(-1)) !== scriptOf(next[0]) ? `${part.value} ` : part.value;
      })
      .join('');
}

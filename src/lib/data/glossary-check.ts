/**
 * Warnings that keep an edition's house spellings through the next translation: a word its
 * glossary spells otherwise ("جماعة الحوثي" where ../shared/story/GLOSSARY-ar.md writes
 * "الحوثيون"), and Latin digits in the text of an edition that writes its own ("شاهد-136" on a
 * page whose figures read ١٣٦). Warnings, not errors: a translator may have a reason.
 * The spellings are data, keyed by the edition's language code; the code knows no language.
 */
import type { RawProblem } from './consistency';
import { allStrings } from './consistency';
import type { PathPart } from './problems';
import { LIVE_SECTIONS } from './locale-schema';
import { numberStyle, type Numerals } from '../i18n/intl';

export interface Spelling {
  /** The variant, as a regular expression (Unicode; `\p{…}` allowed). */
  variant: string;
  /** What the glossary writes instead. */
  write: string;
  /** Why, in a few words (the glossary's entry, or the copy's own choice). */
  why: string;
}

/** Letters and marks: the ends of a word, in scripts whose words \b cannot find. */
const NOT_IN_WORD = String.raw`(?![\p{L}\p{M}])`;
/** The start of a word, allowing Arabic's one-letter prefixes (و ف ب ل ك) glued to it. */
const AR_WORD = String.raw`(?<=(?:^|[^\p{L}\p{M}])[وفبلك]{0,2})`;

/**
 * Variant spellings by language code (the `locale.tag` before any "-": ar, en). Each row is one
 * spelling the copy settled on; add a row when a review settles another.
 */
export const SPELLINGS: Record<string, Spelling[]> = {
  ar: [
    { variant: `جماعة الحوثي${NOT_IN_WORD}`, write: 'الحوثيون', why: 'the glossary names the group الحوثيون throughout' },
    { variant: `يحل\u0651?ق فوق (?:الأمواج|الماء|البحر|سطح البحر)`, write: 'يحلّق على ارتفاع منخفض فوق سطح البحر', why: "the glossary's sea-skimming (low is the point)" },
    { variant: String.raw`(?<=[\p{Nd}#}] ?)ث(?![\p{L}\p{M}/])`, write: 'ثانية (with its plural forms)', why: 'the glossary writes seconds in full' },
    { variant: `${AR_WORD}(?:ال)?قصة${NOT_IN_WORD}`, write: 'هذا الموضوع / هذه المادة', why: '«القصة» for "story" is a calque' },
    { variant: `على بعد${NOT_IN_WORD}`, write: 'على بُعد', why: 'the copy writes بُعد with its damma, one spelling throughout' },
    { variant: `${AR_WORD}جيزان`, write: 'جازان', why: "the glossary's first spelling" },
    { variant: `${AR_WORD}(?:ال)?أميرك`, write: 'أمريكي / أمريكا', why: 'the glossary writes مسؤول أمريكي' },
    { variant: `${AR_WORD}البنتاجون`, write: 'البنتاغون', why: 'the glossary writes البنتاغون' },
    { variant: `${AR_WORD}جالاكسي`, write: 'غالاكسي ليدر', why: "the glossary's ship name" },
    { variant: `${AR_WORD}ماك${NOT_IN_WORD}`, write: 'ماخ', why: 'the glossary writes Mach as ماخ' }
  ],
  en: [
    { variant: String.raw`\bHodeida\b`, write: 'Hodeidah', why: 'the spelling the English copy uses' },
    { variant: String.raw`\bSana'a\b`, write: 'Sanaa', why: 'the spelling the English copy uses' },
    { variant: String.raw`\bJazan\b`, write: 'Jizan', why: 'the spelling the English copy uses' },
    { variant: String.raw`\bBab al-Mandab\b`, write: 'Bab el-Mandeb', why: 'the spelling the English copy uses' }
  ]
};

/** The words a reader sees: every string but the edition's settings and the moving units (their abbreviations are a choice). */
function wordsOf(words: Record<string, unknown>): { path: PathPart[]; text: string }[] {
  const settings = ['tag', 'dir', 'numerals'];
  return allStrings(words, []).filter(
    (f) => !(LIVE_SECTIONS as readonly string[]).includes(String(f.path[0])) && !(f.path[0] === 'locale' && settings.includes(String(f.path[1])))
  );
}

/**
 * The text from the match (or, when the same text occurs earlier in the message, from a word or
 * two before it) to its end: the locator points the column at the first place it occurs.
 */
function findable(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && text.indexOf(text.slice(from, end)) < from) {
    while (from > 0 && /\s/.test(text[from - 1])) from -= 1;
    while (from > 0 && !/\s/.test(text[from - 1])) from -= 1;
  }
  return text.slice(from, end);
}

/** Placeholders, exact plural keys (=2) and link targets: syntax, not words a reader sees. */
const SYNTAX = /\{\s*[a-z_][a-z0-9_.]*|=\d+\s*\{|\]\([^)]*\)/g;

/**
 * `words`: a locale file's data (its `locale.tag` and `locale.numerals` say which spellings and
 * digits apply). Returns warnings located by key path and the text to point the column at.
 */
export function checkGlossary(words: Record<string, unknown>, spellings: Record<string, Spelling[]> = SPELLINGS): RawProblem[] {
  const locale = words.locale as { tag?: unknown; numerals?: unknown } | undefined;
  if (typeof locale?.tag !== 'string') return [];
  const rows = (spellings[locale.tag.split('-')[0]] ?? []).map((s) => ({ ...s, re: new RegExp(s.variant, 'gu') }));
  const digits = locale.numerals && locale.numerals !== 'latn' ? numberStyle(locale.tag, locale.numerals as Numerals).digits : undefined;
  const problems: RawProblem[] = [];
  for (const { path, text } of wordsOf(words)) {
    for (const row of rows)
      for (const m of text.matchAll(row.re)) {
        problems.push({
          severity: 'warning',
          path,
          message: `writes "${m[0]}", not the glossary's word (${row.why})`,
          expected: JSON.stringify(row.write),
          got: JSON.stringify(m[0]),
          find: findable(text, m.index, m.index + m[0].length)
        });
      }
    if (!digits) continue;
    // Syntax blanked to spaces (offsets kept), then word by word: a Latin-script designation (P-800, K-300P) keeps its digits.
    const plain = text.replace(SYNTAX, (s) => ' '.repeat(s.length));
    for (const w of plain.matchAll(/\S*[0-9]\S*/g)) {
      if (/\p{Script=Latin}/u.test(w[0])) continue;
      const own = w[0].replace(/[0-9]/g, (d) => digits[Number(d)]);
      problems.push({
        severity: 'warning',
        path,
        message: `has Latin digits in "${w[0]}"; this edition writes numbers in its own digits (locale.numerals: ${locale.numerals})`,
        expected: JSON.stringify(own),
        got: JSON.stringify(w[0]),
        find: findable(text, w.index, w.index + w[0].length)
      });
    }
  }
  return problems;
}

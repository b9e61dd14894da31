/**
 * Which English each translation was made from. A record per edition (translations/<lang>.json,
 * beside locales/ and not inside the words files: translation tools rewrite those and drop
 * comments) maps each text's key to a hash of the English it was translated from. When the English
 * changes, its hash no longer matches and the check names the edition's text as stale until a
 * translator updates or confirms it (`npm run translations:confirm -- ar KEY`). Pure, build time only.
 */
import { createHash } from 'node:crypto';
import { formatPath, type Problem } from './problems';
import { readYamlData } from './validate';
import { messagesOf } from './locale-check';
import type { Locate } from './yaml-locate';

export interface TranslationRecord {
  /** The edition translated from (the root edition's file name without .yaml). */
  from: string;
  /** Key path ("steps.speed.text", "intro[0]") → hash of the English text it was translated from. */
  texts: Record<string, string>;
}

/** Short and stable: a text's identity, not a secret. */
export const hashText = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);

export interface Texts {
  texts: Map<string, string>;
  locate: Locate;
  paths: Map<string, (string | number)[]>;
}

/** The texts of a words file by key path (`locale` settings left out), or undefined if it cannot be read. */
export function textsOf(yaml: string): Texts | undefined {
  const { data, locate } = readYamlData(yaml);
  if (data === undefined || data === null || typeof data !== 'object') return undefined;
  const texts = new Map<string, string>();
  const paths = new Map<string, (string | number)[]>();
  for (const { path, text } of messagesOf(data)) {
    texts.set(formatPath(path), text);
    paths.set(formatPath(path), path);
  }
  return { texts, locate, paths };
}

/** Unrecorded keys are listed one by one up to this many, then summed up in one line. */
const LIST_UNRECORDED = 5;

/**
 * Warnings for an edition's texts translated from an English text that has changed since, and for
 * texts with no record at all. Keys only one of the two files has are the key checks' business.
 */
export function staleTranslations(rootYaml: string, yaml: string, record: TranslationRecord | undefined, lang: string, rootFile = 'en.yaml'): Problem[] {
  const root = textsOf(rootYaml);
  const own = textsOf(yaml);
  if (!root || !own) return [];
  const problems: Problem[] = [];
  const unrecorded: string[] = [];
  const confirm = (key: string) => `npm run translations:confirm -- ${lang} ${key}`;
  for (const [key, english] of root.texts) {
    if (!own.texts.has(key)) continue;
    const was = record?.texts[key];
    if (was === undefined) {
      unrecorded.push(key);
      continue;
    }
    if (was === hashText(english)) continue;
    const at = root.locate(root.paths.get(key)!);
    const shown = english.length > 60 ? english.slice(0, 57) + '…' : english;
    problems.push({
      severity: 'warning',
      path: key,
      message: `translated from an earlier English text: ${rootFile}:${at.line}:${at.col} now says ${JSON.stringify(shown)}; update this text if it no longer matches, then run \`${confirm(key)}\``,
      expected: 'a translation of the English as it is now',
      got: 'one made from its earlier wording',
      ...own.locate(own.paths.get(key)!)
    });
  }
  if (unrecorded.length > 0 && unrecorded.length <= LIST_UNRECORDED) {
    for (const key of unrecorded)
      problems.push({
        severity: 'warning',
        path: key,
        message: `has no record of the English it was translated from; once checked against ${rootFile}, run \`${confirm(key)}\``,
        expected: `a record in translations/${lang}.json`,
        got: 'none',
        ...own.locate(own.paths.get(key)!)
      });
  } else if (unrecorded.length > LIST_UNRECORDED) {
    problems.push({
      severity: 'warning',
      path: '(top of file)',
      message: `${unrecorded.length} texts have no record of the English they were translated from (${unrecorded.slice(0, 3).join(', ')} …); once they are checked against ${rootFile}, run \`npm run translations:confirm -- ${lang}\``,
      expected: `a record in translations/${lang}.json`,
      got: `none for ${unrecorded.length} texts`,
      line: 1,
      col: 1
    });
  }
  return problems.sort((a, b) => a.line - b.line || a.col - b.col);
}

/**
 * The record after a translator confirms `keys` (a key or the start of one: "steps.speed" is every
 * text under it; none: every text both files have) as translated from today's English. Keys the
 * English no longer has are dropped. Throws, naming them, for keys neither file has.
 */
export function confirmTranslations(rootYaml: string, yaml: string, record: TranslationRecord | undefined, keys: string[], from = 'en'): { record: TranslationRecord; confirmed: string[] } {
  const root = textsOf(rootYaml);
  const own = textsOf(yaml);
  if (!root || !own) throw new Error('a words file cannot be read: run npm run check:data and fix its errors first');
  const both = [...root.texts.keys()].filter((k) => own.texts.has(k));
  const under = (key: string, prefix: string) => key === prefix || key.startsWith(prefix + '.') || key.startsWith(prefix + '[');
  const unknown = keys.filter((k) => !both.some((b) => under(b, k)));
  if (unknown.length) throw new Error(`no text with the key ${unknown.join(', ')} in both files (keys look like steps.speed.text or intro[0])`);
  const confirmed = keys.length ? both.filter((b) => keys.some((k) => under(b, k))) : both;
  const texts: Record<string, string> = {};
  for (const [key, hash] of Object.entries(record?.texts ?? {})) if (root.texts.has(key)) texts[key] = hash;
  for (const key of confirmed) texts[key] = hashText(root.texts.get(key)!);
  const sorted = Object.fromEntries(Object.keys(texts).sort().map((k) => [k, texts[k]]));
  return { record: { from, texts: sorted }, confirmed };
}

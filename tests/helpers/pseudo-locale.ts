/**
 * A pseudo-localised copy of en.yaml: every word accented and padded longer (as translations run
 * longer), placeholders, word-form syntax and markup kept. A third edition made by a machine, to
 * show that an edition needs a locale file and no code.
 */
import { isMap, isScalar, parseDocument, visit } from 'yaml';
import type { Part } from '../../src/lib/i18n/message';
import { parseMessage } from '../../src/lib/i18n/message-parse';

const ACCENTS: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü', c: 'ç', n: 'ñ', y: 'ý', A: 'Å', E: 'É', I: 'Î', O: 'Ö', U: 'Ü', C: 'Ç', N: 'Ñ', S: 'Š', s: 'š', z: 'ž' };

/** Letters accented, link addresses left alone, each run of words padded by a third. */
export function pseudoText(text: string): string {
  return text
    .split(/(\]\([^)]*\))/)
    .map((chunk, i) => (i % 2 ? chunk : chunk.replace(/[A-Za-z]/g, (c) => ACCENTS[c] ?? c)))
    .join('');
}

function serialise(parts: Part[]): string {
  return parts
    .map((p) => {
      if (p.t === 'text') return pseudoText(p.v);
      if (p.t === 'hash') return '#';
      if (p.t === 'arg') return `{${p.name}}`;
      return `{${p.name}, plural, ${Object.entries(p.options).map(([k, v]) => `${k} {${serialise(v)}}`).join(' ')}}`;
    })
    .join('');
}

/** A message pseudo-localised and made ~30% longer (the padding after the last placeholder). */
export function pseudoMessage(message: string): string {
  const out = serialise(parseMessage(message));
  const pad = Math.ceil(message.length * 0.3);
  return `${out} ${'·'.repeat(Math.min(pad, 40))}`.trimEnd();
}

/** en.yaml's text → the pseudo edition's file (tag en-XA, Arabic-Indic digits to exercise them). */
export function pseudoLocale(enYaml: string, settings: { tag?: string; numerals?: 'latn' | 'arab'; dir?: 'ltr' | 'rtl' } = {}): string {
  const doc = parseDocument(enYaml);
  const locale = doc.get('locale');
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (key === 'locale') return visit.SKIP;
      return undefined;
    },
    Scalar(key, node) {
      // Keys stay keys; values (and list items) are the words.
      if (key !== 'key' && typeof node.value === 'string') node.value = pseudoMessage(node.value);
    }
  });
  if (isMap(locale)) {
    locale.set('tag', settings.tag ?? 'en-XA');
    locale.set('numerals', settings.numerals ?? 'arab');
    locale.set('dir', settings.dir ?? 'ltr');
    locale.set('name', 'Pséüdö');
    locale.set('switch', 'Rééád thíš štörý íñ Pséüdö');
  }
  return doc.toString({ lineWidth: 0 });
}

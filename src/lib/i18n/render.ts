/**
 * Build-time rendering of one edition's messages: placeholders filled with figures written in the
 * edition's digits and dates, word forms chosen by Intl.PluralRules, markup parsed into tokens.
 * The page receives the finished text; none of this (nor Intl) runs in the browser.
 */
import type { Edition } from '$lib/data/edition';
import type { Figures } from '$lib/data/figures';
import { parseInline, type Inline } from '$lib/text/markup';
import { dateFormats, listFormat, numberStyle, pluralRule } from './intl';
import { parseMessage, renderMessage } from './message';
import { formatIn, keepUnits, type NumberStyle } from './numbers';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export type Args = Record<string, string | number>;

export interface Renderer {
  numbers: NumberStyle;
  number(n: number): string;
  date: ReturnType<typeof dateFormats>;
  list(items: string[]): string;
  /** A message as plain text (markup markers left in). */
  text(message: string, args?: Args): string;
  /** A message as tokens: markup parsed, designations kept together. */
  copy(message: string, args?: Args): Inline[];
}

export class UnknownPlaceholderError extends Error {}

export function renderer(edition: Pick<Edition, 'tag' | 'numerals'>, figures: Figures): Renderer {
  const numbers = numberStyle(edition.tag, edition.numerals);
  const number = (n: number) => formatIn(numbers, n);
  const date = dateFormats(edition.tag, edition.numerals);
  const plural = pluralRule(edition.tag);
  const list = listFormat(edition.tag);

  function text(message: string, args: Args = {}, depth = 0): string {
    const valueOf = (name: string): string | number => {
      if (name in args) return args[name];
      if (name in figures) return figures[name];
      throw new UnknownPlaceholderError(`unknown placeholder {${name}}`);
    };
    return renderMessage(parseMessage(message), {
      text(name) {
        const v = valueOf(name);
        if (typeof v === 'number') return number(v);
        // A date figure; a name that only looks like one ("2024-13-45" typed as a source's name) stays text.
        if (ISO_DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))) return date.long(v);
        // A name that is itself a message ("more than {attacks.count}"): rendered once, not recursively forever.
        return depth < 2 && v.includes('{') ? text(v, args, depth + 1) : v;
      },
      number(name) {
        const v = valueOf(name);
        if (typeof v !== 'number') throw new UnknownPlaceholderError(`{${name}} is not a number, so it cannot choose a word form`);
        return v;
      },
      plural
    });
  }

  const finished = (m: string, a?: Args) => keepUnits(text(m, a));
  return { numbers, number, date, list, text: finished, copy: (m, a) => parseInline(finished(m, a)) };
}

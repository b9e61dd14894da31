/**
 * The editors' inline markup: **bold**, *italic*, [text](https://…) and {figure} placeholders;
 * model designations ("P-800") become `nobr` tokens, drawn unbroken and bidi-isolated.
 * Text is parsed into tokens that components render as elements: nothing is ever
 * inserted as HTML, so "<script>" in copy is shown as those characters.
 */
import type { Figures } from '$lib/data/figures';
import { formatFigure } from './format';

export type Inline =
  | { t: 'text'; v: string }
  | { t: 'nobr'; v: string }
  | { t: 'strong'; c: Inline[] }
  | { t: 'em'; c: Inline[] }
  | { t: 'link'; href: string; c: Inline[] };

export class MarkupError extends Error {}

const PLACEHOLDER = /\{([a-z_][a-z0-9_]*)\}/g;

/** Placeholder paths used in a text, in order. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/** Replace {path} with the formatted figure; unknown paths throw with the path named. */
export function fillPlaceholders(text: string, figures: Figures): string {
  return text.replace(PLACEHOLDER, (_, path: string) => {
    if (!(path in figures)) throw new MarkupError(`unknown figure {${path}}`);
    return formatFigure(figures[path]);
  });
}

/**
 * A model designation such as "P-800", "K-300P" or "شاهد-136": a line break after its hyphen strands the
 * letters. Rich draws each in a <bdi>, so a Latin one keeps its order inside a right-to-left sentence.
 */
const DESIGNATION = /(?<![\p{L}\p{N}])(?:\p{Lu}\p{L}?|\p{Script=Arabic}+)-\p{Nd}+\p{Lu}?(?![\p{L}\p{N}])/gu;

/** Plain text split so designations can be kept on one line (`keep` parts become `nobr` tokens). */
export function keepTogether(text: string): { v: string; keep: boolean }[] {
  const parts: { v: string; keep: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(DESIGNATION)) {
    if (m.index > last) parts.push({ v: text.slice(last, m.index), keep: false });
    parts.push({ v: m[0], keep: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ v: text.slice(last), keep: false });
  return parts;
}

/** Links may only point to web pages or mail; anything else (javascript:, data:) is refused. */
export function isSafeHref(href: string): boolean {
  return /^(https?:\/\/|mailto:)[^\s<>"']+$/i.test(href);
}

/** Parse inline markup into tokens. Unbalanced markers are kept as literal text. */
export function parseInline(src: string): Inline[] {
  const out: Inline[] = [];
  let buf = '';
  const flush = () => {
    for (const part of keepTogether(buf)) out.push({ t: part.keep ? 'nobr' : 'text', v: part.v });
    buf = '';
  };
  let i = 0;
  while (i < src.length) {
    if (src.startsWith('**', i)) {
      const end = src.indexOf('**', i + 2);
      if (end > i + 2) {
        flush();
        out.push({ t: 'strong', c: parseInline(src.slice(i + 2, end)) });
        i = end + 2;
        continue;
      }
    } else if (src[i] === '*') {
      const end = src.indexOf('*', i + 1);
      if (end > i + 1 && src[end + 1] !== '*') {
        flush();
        out.push({ t: 'em', c: parseInline(src.slice(i + 1, end)) });
        i = end + 1;
        continue;
      }
    } else if (src[i] === '[') {
      const m = /^\[([^\]]+)\]\(([^)\s]+)\)/.exec(src.slice(i));
      if (m) {
        if (!isSafeHref(m[2])) throw new MarkupError(`link "${m[2]}" is not allowed (use an address starting with https://)`);
        flush();
        out.push({ t: 'link', href: m[2], c: parseInline(m[1]) });
        i += m[0].length;
        continue;
      }
    }
    buf += src[i];
    i += 1;
  }
  flush();
  return out;
}

/** Plain text of tokens (for aria text, meta descriptions and JSON-LD). */
export function plainText(tokens: Inline[]): string {
  return tokens.map((x) => (x.t === 'text' || x.t === 'nobr' ? x.v : plainText(x.c))).join('');
}

/** Fill placeholders then parse: what every copy field goes through. */
export function renderCopy(text: string, figures: Figures): Inline[] {
  return parseInline(fillPlaceholders(text, figures));
}

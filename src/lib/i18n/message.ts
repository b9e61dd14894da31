/**
 * The locale files' message syntax, a small subset of ICU MessageFormat, compiled at build time
 * (the page receives finished text and ships no message library):
 *   {missile.range_km}        a figure or name (with a dot) or a value the code passes (without)
 *   {attacks.count, plural, one {# attack} other {# attacks}}
 *                             a word form chosen by the number; `#` is the number as written;
 *                             `=0 {…}` matches one exact number; `other` is required.
 * Anything else between braces is a syntax error, reported with its offset.
 */

export type Part =
  | { t: 'text'; v: string }
  | { t: 'arg'; name: string; at: number }
  | { t: 'hash' }
  | { t: 'plural'; name: string; at: number; options: Record<string, Part[]> };

export class MessageError extends Error {
  constructor(
    message: string,
    /** Offset in the message text where the problem starts. */
    public readonly at: number
  ) {
    super(message);
  }
}

const NAME = /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?/;
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** Parse a message; throws MessageError for unbalanced braces or a malformed plural. */
export function parseMessage(src: string): Part[] {
  let i = 0;

  function parts(inPlural: boolean): Part[] {
    const out: Part[] = [];
    let buf = '';
    const flush = () => {
      if (buf) out.push({ t: 'text', v: buf });
      buf = '';
    };
    while (i < src.length) {
      const c = src[i];
      if (c === '}') {
        if (inPlural) break;
        throw new MessageError('has a "}" that closes nothing', i);
      }
      if (c === '#' && inPlural) {
        flush();
        out.push({ t: 'hash' });
        i += 1;
        continue;
      }
      if (c !== '{') {
        buf += c;
        i += 1;
        continue;
      }
      flush();
      out.push(placeholder());
    }
    flush();
    return out;
  }

  function skipSpace() {
    while (i < src.length && /\s/.test(src[i])) i += 1;
  }

  function placeholder(): Part {
    const start = i;
    i += 1;
    skipSpace();
    const name = NAME.exec(src.slice(i))?.[0];
    if (!name) throw new MessageError(`has a "{" that does not start a placeholder such as {missile.range_km}`, start);
    i += name.length;
    skipSpace();
    if (src[i] === '}') {
      i += 1;
      return { t: 'arg', name, at: start };
    }
    if (src[i] !== ',') throw new MessageError(`placeholder {${name}} is not closed with "}"`, start);
    i += 1;
    skipSpace();
    const kind = /^[a-z]+/.exec(src.slice(i))?.[0];
    if (kind !== 'plural') throw new MessageError(`{${name}, ${kind ?? '…'}}: only "plural" can follow a placeholder's comma`, start);
    i += kind.length;
    skipSpace();
    if (src[i] !== ',') throw new MessageError(`{${name}, plural …} needs a comma after "plural"`, start);
    i += 1;
    const options: Record<string, Part[]> = {};
    for (;;) {
      skipSpace();
      if (i >= src.length) throw new MessageError(`{${name}, plural …} is not closed with "}"`, start);
      if (src[i] === '}') {
        i += 1;
        break;
      }
      const key = /^(=\d+|[a-z]+)/.exec(src.slice(i))?.[0];
      if (!key) throw new MessageError(`{${name}, plural …}: expected a category (one, other …) or =N, found "${src.slice(i, i + 12)}"`, i);
      const keyAt = i;
      i += key.length;
      skipSpace();
      if (src[i] !== '{') throw new MessageError(`{${name}, plural …}: "${key}" must be followed by its text in braces`, keyAt);
      if (key in options) throw new MessageError(`{${name}, plural …}: "${key}" is given twice`, keyAt);
      i += 1;
      options[key] = parts(true);
      if (src[i] !== '}') throw new MessageError(`{${name}, plural …}: the text for "${key}" is not closed with "}"`, keyAt);
      i += 1;
    }
    if (!('other' in options)) throw new MessageError(`{${name}, plural …} has no "other" form (required: it is used for any number no other form matches)`, start);
    return { t: 'plural', name, at: start, options };
  }

  return parts(false);
}

/** Every placeholder a message uses (plural arguments too), with its offset. */
export function placeholdersOf(parts: Part[]): { name: string; at: number; plural: boolean }[] {
  return parts.flatMap((p) =>
    p.t === 'arg'
      ? [{ name: p.name, at: p.at, plural: false }]
      : p.t === 'plural'
        ? [{ name: p.name, at: p.at, plural: true }, ...Object.values(p.options).flatMap(placeholdersOf)]
        : []
  );
}

/** Every plural in a message, nested ones too. */
export function pluralsOf(parts: Part[]): Extract<Part, { t: 'plural' }>[] {
  return parts.flatMap((p) => (p.t === 'plural' ? [p, ...Object.values(p.options).flatMap(pluralsOf)] : []));
}

export interface RenderContext {
  /** The text for a placeholder (a figure already formatted, a name, a value the code passes). */
  text(name: string): string;
  /** The number behind a placeholder, for plural choice. */
  number(name: string): number;
  /** The category of a number in the edition's language. */
  plural(n: number): string;
}

/** The finished text. */
export function renderMessage(parts: Part[], ctx: RenderContext, hash?: string): string {
  let out = '';
  for (const p of parts) {
    if (p.t === 'text') out += p.v;
    else if (p.t === 'hash') out += hash ?? '#';
    else if (p.t === 'arg') out += ctx.text(p.name);
    else {
      const n = ctx.number(p.name);
      const branch = p.options[`=${n}`] ?? p.options[ctx.plural(n)] ?? p.options.other;
      out += renderMessage(branch, ctx, ctx.text(p.name));
    }
  }
  return out;
}

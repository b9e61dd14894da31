/**
 * A locale file's message, parsed (message-parse.ts, at build time) into parts, and the finished text
 * made from them: on the server for the copy, in the browser for the units of moving numbers.
 * Nothing here parses, so the browser never loads the parser.
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

export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

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

/**
 * Build-time only: an edition's words for what moves, compiled for the page (live.ts fills them in).
 * The locale file's unit templates are parsed here, plural forms and all, so the page gets their
 * parts and never the parser; the language's plural categories come from Intl as a table.
 */
import type { Words } from '$lib/data/locale-schema';
import type { LiveWords } from '$lib/types';
import { pluralTable } from './intl';
import type { Part } from './message';
import { parseMessage } from './message-parse';
import type { NumberStyle } from './numbers';

const NB = '\u00a0';
const isSlot = (p: Part | undefined) => p !== undefined && p.t !== 'text';

/**
 * A unit's words kept on one line with its number: a space beside a slot ("{n} km", "# دقائق")
 * and every space inside a word form ("دقيقة واحدة") becomes a no-break space. Other spaces
 * ("{n} km to go") may still break.
 */
function unbreakable(parts: Part[], inForm: boolean): Part[] {
  return parts.map((p, i): Part => {
    if (p.t === 'plural') return { ...p, options: Object.fromEntries(Object.entries(p.options).map(([k, form]) => [k, unbreakable(form, true)])) };
    if (p.t !== 'text') return p;
    let v = inForm ? p.v.replace(/ /g, NB) : p.v;
    if (isSlot(parts[i - 1])) v = v.replace(/^ /, NB);
    if (isSlot(parts[i + 1])) v = v.replace(/ $/, NB);
    return { t: 'text', v };
  });
}

/** One unit template ("{n} km", "{n, plural, one {دقيقة واحدة} … other {# دقيقة}}") as parts for the page. */
export const compileUnit = (template: string): Part[] => unbreakable(parseMessage(template), false);

/** What the page needs to write the numbers that move: digits, plural table, compiled unit templates. */
export function liveWords(tag: string, numbers: NumberStyle, units: Words['units']): LiveWords {
  const compiled = Object.fromEntries(Object.entries(units).map(([key, template]) => [key, compileUnit(template)])) as LiveWords['units'];
  return { numbers, plural: pluralTable(tag), units: compiled };
}

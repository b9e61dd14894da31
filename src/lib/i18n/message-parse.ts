/**
 * The locale files' message syntax: standard ICU MessageFormat, the syntax translation tools
 * (Weblate, Crowdin, Lokalise) validate, parsed at build time by @formatjs/icu-messageformat-parser
 * (the page receives finished text and ships no message library). The story uses three of its forms:
 *   {missile_range_km}        a figure or name, or a value the code passes ({n}, {source})
 *   {attacks_count, plural, one {# attack} other {# attacks}}
 *                             a word form chosen by the number; `#` is the number as written;
 *                             `=0 {…}` matches one exact number; `other` is required.
 * ICU's other forms (select, number and date skeletons, tags) are refused with the reason: the build
 * writes every number and date in the edition's own style. As in ICU, an apostrophe before a brace
 * quotes it ('{' is a literal brace); an apostrophe anywhere else is an apostrophe.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { MessageError, type Part } from './message';

export { MessageError, type Part };

/** The parser's error kinds, in an editor's words. */
const ERRORS: Record<string, string> = {
  EXPECT_ARGUMENT_CLOSING_BRACE: 'has a placeholder that is not closed with "}"',
  EMPTY_ARGUMENT: 'has "{}" with no name in it',
  MALFORMED_ARGUMENT: 'has a "{" that does not start a placeholder such as {missile_range_km} (names use letters, digits and _, no dots)',
  EXPECT_ARGUMENT_TYPE: 'has a comma after a placeholder\'s name but no "plural" after it',
  INVALID_ARGUMENT_TYPE: 'has a comma after a placeholder\'s name: only "plural" may follow it',
  EXPECT_PLURAL_ARGUMENT_SELECTOR: 'has a plural with no word form (one, other …) where one is expected',
  EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE: 'has a plural offset without its number',
  INVALID_PLURAL_ARGUMENT_OFFSET_VALUE: 'has a plural offset that is not a whole number',
  EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT: 'has a word form whose text is not in braces',
  DUPLICATE_PLURAL_ARGUMENT_SELECTOR: 'gives the same word form twice',
  EXPECT_SELECT_ARGUMENT_OPTIONS: 'has a plural whose word forms do not follow a comma ({n, plural, one {…} other {…}})',
  INVALID_PLURAL_ARGUMENT_SELECTOR: 'has a word form that is none of zero, one, two, few, many, other or =N',
  EXPECT_ARGUMENT_STYLE: 'has a comma after a placeholder\'s type but nothing after it',
  MISSING_OTHER_CLAUSE: 'has no "other" form in a plural (required: it is used for any number no other form matches)',
  UNMATCHED_CLOSING_TAG: 'has a closing tag that closes nothing',
  UNCLOSED_TAG: 'has a tag that is not closed',
  INVALID_TAG: 'has a malformed tag'
};

/** Parse a message; throws MessageError, with the offset, for anything outside the forms above. */
export function parseMessage(src: string): Part[] {
  let ast: MessageFormatElement[];
  try {
    ast = parse(src, { captureLocation: true, ignoreTag: true, requiresOtherClause: true });
  } catch (e) {
    const err = e as { message?: string; location?: { start: { offset: number } } };
    const kind = err.message ?? 'INVALID';
    const at = err.location?.start.offset ?? 0;
    // A "}" with no "{" before it is text to the parser: say so only when it is alone.
    throw new MessageError(ERRORS[kind] ?? `is not a valid ICU message (${kind})`, at);
  }
  const stray = strayBrace(ast);
  if (stray >= 0) throw new MessageError('has a "}" that closes nothing', stray);
  return ast.map(toPart);
}

/** formatjs reads a lone "}" as text; a typo like "km}" is a mistake in a locale file, not copy. */
function strayBrace(ast: MessageFormatElement[]): number {
  for (const el of ast) {
    if (el.type === TYPE.literal && el.value.includes('}') && el.location) {
      return el.location.start.offset + el.value.indexOf('}');
    }
    if (el.type === TYPE.plural) {
      for (const o of Object.values(el.options)) {
        const at = strayBrace(o.value);
        if (at >= 0) return at;
      }
    }
  }
  return -1;
}

function toPart(el: MessageFormatElement): Part {
  const at = el.location?.start.offset ?? 0;
  switch (el.type) {
    case TYPE.literal:
      return { t: 'text', v: el.value };
    case TYPE.argument:
      return { t: 'arg', name: el.value, at };
    case TYPE.pound:
      return { t: 'hash' };
    case TYPE.plural:
      if (el.pluralType === 'ordinal') throw new MessageError(`{${el.value}, selectordinal …}: only plural word forms are used here`, at);
      if (el.offset) throw new MessageError(`{${el.value}, plural, offset:…}: an offset is not used here; write the figure you mean`, at);
      return { t: 'plural', name: el.value, at, options: Object.fromEntries(Object.entries(el.options).map(([k, o]) => [k, o.value.map(toPart)])) };
    case TYPE.select:
      throw new MessageError(`{${el.value}, select …}: select is not used here (each edition writes its own words)`, at);
    case TYPE.number:
    case TYPE.date:
    case TYPE.time:
      throw new MessageError(`{${el.value}, ${TYPE[el.type]} …}: write {${el.value}} alone; the build writes numbers and dates in the edition's style`, at);
    default:
      throw new MessageError('has a form this story does not use', at);
  }
}


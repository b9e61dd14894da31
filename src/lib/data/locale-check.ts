/**
 * A locale file's text → its words, or every problem found, located like story.yaml's:
 * `ar.yaml:LINE:COL  key.path  what is wrong`. Checked against story.yaml (the ids it must name,
 * the figures it may cite) and against the language's own plural categories. While story.yaml
 * itself has errors, a locale file is still checked for what needs no figures (its YAML, its keys,
 * its placeholders against the schema's figure names), so one run lists every problem of every file.
 */
import type { Problem, PathPart } from './problems';
import { formatPath } from './problems';
import type { RawProblem } from './consistency';
import { allStrings, HTML_TAG } from './consistency';
import { storySchema, type StoryData } from './schema';
import { localeSchema, MESSAGE_ARGS, LIVE_SECTIONS, NOT_MESSAGES, type Words } from './locale-schema';
import { collectFigures, computeCalc, FIGURE_SECTIONS, type Figures } from './figures';
import { mergeEdition } from './edition';
import { checkLiteralFigures } from './literal-figures';
import { checkLiteralDates } from './literal-dates';
import { checkGlossary } from './glossary-check';
import { hint } from './suggest';
import { knownKeysAt, typeAt } from './schema-walk';
import { place, readYamlData, schemaProblems } from './validate';
import { placeholdersOf, pluralsOf, PLURAL_CATEGORIES } from '../i18n/message';
import { MessageError, parseMessage } from '../i18n/message-parse';
import { MarkupError, parseInline } from '../text/markup';

export interface LocaleValidation {
  words?: Words;
  problems: Problem[];
  file: string;
}

/** The sections keyed by story.yaml's ids, and the ids each must name. */
function idSections(story: StoryData): [string, string[]][] {
  return [
    ['places', story.places.map((p) => p.id)],
    ['events', story.events.map((e) => e.id)],
    ['alarmed', story.alarmed],
    ['sources', story.sources.map((s) => s.id)],
    ['steps', story.steps.map((s) => s.id)]
  ];
}

/** Every message of a locale file with its path (settings in `locale` are not messages). */
export function messagesOf(words: unknown): { path: PathPart[]; text: string }[] {
  return allStrings(words, []).filter((f) => !(NOT_MESSAGES as readonly string[]).includes(String(f.path[0])));
}

/** The key MESSAGE_ARGS lists a message's own values under: steps.speed.text → none, page.credit → page.credit. */
const argsKey = (path: PathPart[]) => path.filter((p) => typeof p === 'string').join('.');

export function pluralCategoriesOf(tag: string): string[] {
  try {
    return new Intl.PluralRules(tag).resolvedOptions().pluralCategories as string[];
  } catch {
    return [...PLURAL_CATEGORIES];
  }
}

/**
 * The figures a message may cite when story.yaml cannot be read: every key its schema gives the
 * figure sections (a number as 0, anything else as text), the edition's own names and the computed
 * ones. Enough to check placeholder names and word forms; not values (no typed-figure warnings).
 */
export function figureSkeleton(words: Partial<Words>): Figures {
  const out: Figures = {};
  for (const section of FIGURE_SECTIONS) {
    for (const key of knownKeysAt(storySchema, [section])) out[`${section}_${key}`] = typeAt(storySchema, [section, key]) === 'number' ? 0 : '';
    const own = (words as Record<string, unknown>)[section];
    if (own && typeof own === 'object') for (const key of Object.keys(own)) out[`${section}_${key}`] = '';
  }
  const zero = { missile: { range_km: 0, speed_mach: 1 }, drone: { speed_kmh: 1 }, radar: { antenna_height_m: 0, target_height_m: 0 }, places: [], events: [], launch_points: [] };
  for (const key of Object.keys(computeCalc(zero as unknown as Parameters<typeof computeCalc>[0]))) out[`calc_${key}`] = 0;
  out['calc_attack_count_text'] = '';
  out['calc_attacks_since_month'] = '';
  out['calc_events_until_month'] = '';
  return out;
}

/**
 * Problems in the messages: syntax, placeholders, word forms, markup, HTML, and (with the real
 * figures, `literal`) figures typed in as digits.
 */
function checkMessages(words: Words, figures: Figures, literal: boolean): RawProblem[] {
  const problems: RawProblem[] = [];
  const known = Object.keys(figures);
  const categories = pluralCategoriesOf(words.locale.tag);
  const err = (path: PathPart[], message: string, expected?: string, got?: string, find?: string) =>
    problems.push({ severity: 'error', path, message, expected, got, find });

  for (const { path, text } of messagesOf(words)) {
    const live = (LIVE_SECTIONS as readonly string[]).includes(String(path[0]));
    const own = MESSAGE_ARGS[argsKey(path)] ?? [];
    let parts;
    try {
      parts = parseMessage(text);
    } catch (e) {
      if (!(e instanceof MessageError)) throw e;
      err(path, `message syntax: ${e.message}`, 'ICU placeholders like {missile_range_km} and {n, plural, one {…} other {…}}', JSON.stringify(text.slice(e.at, e.at + 24)), text.slice(e.at, e.at + 12));
      continue;
    }
    for (const ph of placeholdersOf(parts)) {
      const token = text.slice(ph.at, text.indexOf(ph.plural ? ',' : '}', ph.at) + 1);
      // A message's own values ({n}, {source}) first, then the figures ({missile_range_km}).
      if (own.includes(ph.name)) continue;
      if (ph.name in figures) {
        if (live) err(path, `uses the figure {${ph.name}}, but units are filled in the browser and get only ${own.map((a) => `{${a}}`).join(', ')}`, own.map((a) => `{${a}}`).join(', '), `{${ph.name}}`, token);
        else if (ph.plural && typeof figures[ph.name] !== 'number') err(path, `chooses a word form by {${ph.name}}, which is not a number`, 'a number figure such as {attacks_count}', `{${ph.name}}`, token);
      } else {
        const ownList = own.map((a) => `{${a}}`).join(', ');
        err(
          path,
          (own.length ? `uses {${ph.name}}, which this message is not given` : `uses an unknown figure {${ph.name}}`) + hint(ph.name, [...own, ...known]),
          own.length ? `one of ${ownList} or a figure such as {missile_range_km}` : 'a figure such as {missile_range_km}',
          `{${ph.name}}`,
          token
        );
      }
    }
    // Units choose their word forms too (in the browser, by the number on screen): the same check.
    for (const pl of pluralsOf(parts)) {
      for (const key of Object.keys(pl.options)) {
        if (key.startsWith('=') || categories.includes(key)) continue;
        err(
          path,
          `has the word form "${key}", which ${words.locale.tag} does not use` + hint(key, categories),
          `one of ${categories.join(', ')} or =N`,
          key,
          `${key} {`
        );
      }
    }
    try {
      parseInline(text);
    } catch (e) {
      if (!(e instanceof MarkupError)) throw e;
      const href = /link "(.*)" is not allowed/.exec(e.message)?.[1];
      err(path, e.message, 'a link to https://…', 'an unsafe link', href);
    }
  }
  for (const { path, text } of allStrings(words, [])) {
    const tag = HTML_TAG.exec(text);
    if (tag)
      err(path, 'contains HTML, which the page would show as typed (it is never run); use **bold**, *italic* or [text](https://…)', 'plain text with story markup', JSON.stringify(tag[0].length > 30 ? tag[0].slice(0, 29) + '…' : tag[0]), tag[0]);
  }
  const liveFree = messagesOf(words).filter((f) => !(LIVE_SECTIONS as readonly string[]).includes(String(f.path[0])));
  if (literal) problems.push(...checkLiteralFigures(liveFree, figures), ...checkLiteralDates(liveFree, figures, words.locale.tag));
  problems.push(...checkGlossary(words));
  return problems;
}

/**
 * Sections naming items the graphics draw as marks: an edition whose translation has not caught up
 * draws such an item without its name (a warning), where a missing step text or credit could only
 * be filled with another language's words (an error: that edition is not built).
 */
export const ITEM_SECTIONS: readonly string[] = ['places', 'events'];

const ITEM_WORD: Record<string, string> = { places: 'place', events: 'event' };

/** Ids story.yaml has that the file does not name, and ids it names that story.yaml lacks. */
function checkIds(words: Record<string, unknown>, story: StoryData): RawProblem[] {
  const problems: RawProblem[] = [];
  for (const [section, ids] of idSections(story)) {
    const have = words[section];
    if (!have || typeof have !== 'object') continue;
    const keys = Object.keys(have);
    for (const id of ids)
      if (!keys.includes(id))
        problems.push(
          ITEM_SECTIONS.includes(section)
            ? { severity: 'warning', path: [section], message: `has no words for ${section}.${id} yet (story.yaml has the id ${id}): this edition draws the ${ITEM_WORD[section]} without its name until they are added`, expected: `${id}: …`, got: 'nothing' }
            : { severity: 'error', path: [section], message: `is missing ${section}.${id} (story.yaml has ${section === 'alarmed' ? 'it in alarmed' : `the id ${id}`}; give its words here)`, expected: `${id}: …`, got: 'nothing' }
        );
    for (const key of keys)
      if (!ids.includes(key))
        problems.push({ severity: 'error', path: [section, key], message: `is not an id in story.yaml's ${section}` + hint(key, ids), expected: `one of ${ids.join(', ')}`, got: key });
  }
  return [...problems, ...checkNoteIds(words, story)];
}

/**
 * Updates and corrections: a note this file has no words for is not shown in this edition yet (a
 * warning: the other editions publish it); words for a note story.yaml lacks are an error.
 */
function checkNoteIds(words: Record<string, unknown>, story: StoryData): RawProblem[] {
  const ids = (story.notes ?? []).map((n) => n.id);
  const block = words.notes as { items?: unknown } | undefined;
  const items = block && typeof block.items === 'object' && block.items ? Object.keys(block.items) : [];
  return [
    ...ids
      .filter((id) => !items.includes(id))
      .map((id): RawProblem => ({ severity: 'warning', path: ['notes'], message: `has no words for the note ${id} yet: this edition does not show it until they are added`, expected: `items: { ${id}: … }`, got: 'nothing' })),
    ...items
      .filter((key) => !ids.includes(key))
      .map((key): RawProblem => ({ severity: 'error', path: ['notes', 'items', key], message: "is not an id in story.yaml's notes" + hint(key, ids), expected: ids.length ? `one of ${ids.join(', ')}` : 'no notes (story.yaml has none)', got: key }))
  ];
}

/** The figures a file's messages may cite: story.yaml's with this edition's names, or the skeleton. */
function figuresFor(words: Words, story: StoryData | undefined): Figures {
  return story ? collectFigures(mergeEdition(story, words, 'check')) : figureSkeleton(words);
}

/**
 * Validate a locale file's text against story.yaml's data. `file` names it in messages ("ar.yaml").
 * Without `story` (story.yaml has errors) the ids and typed-figure rules wait for it; everything
 * else is checked. Errors hold this edition back; warnings (typed figures, items without words yet) do not.
 */
export function validateLocaleText(text: string, story: StoryData | undefined, file: string): LocaleValidation {
  const { problems: yaml, locate, data } = readYamlData(text);
  if (data === undefined) return { problems: yaml, file };
  const parsed = localeSchema.safeParse(data);
  const problems: Problem[] = [...yaml];
  const ids = story && data && typeof data === 'object' ? checkIds(data as Record<string, unknown>, story) : [];
  problems.push(...ids.map((p) => place(p, locate)));
  if (parsed.success) {
    problems.push(...checkMessages(parsed.data, figuresFor(parsed.data, story), story !== undefined).map((p) => place(p, locate)));
  } else {
    const typeProblems = schemaProblems(parsed.error.issues, data, locate, localeSchema);
    problems.push(...typeProblems);
    // The messages of a file with missing keys are still worth checking: fill the gaps from nothing.
    try {
      const broken = new Set(typeProblems.map((p) => p.path));
      const partial = checkMessages(data as Words, figuresFor(data as Words, story), story !== undefined).filter((p) => !broken.has(formatPath(p.path)));
      problems.push(...partial.filter((p) => !/undefined|NaN/.test(`${p.message} ${p.got}`)).map((p) => place(p, locate)));
    } catch {
      /* the structure is too broken for message checks; the type problems say why */
    }
  }
  problems.sort((a, b) => a.line - b.line || a.col - b.col);
  const ok = story !== undefined && !problems.some((p) => p.severity === 'error');
  return { words: ok ? (parsed.data as Words) : undefined, problems, file };
}


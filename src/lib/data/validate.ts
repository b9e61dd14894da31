/**
 * story.yaml text → a typed Story, or every problem found, each located at its line.
 * Pure (no file system): the build, the dev server, the CLI and the tests all call this.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { storySchema, type StoryData } from './schema';
import { checkConsistency, type RawProblem } from './consistency';
import { formatPath, type PathPart, type Problem } from './problems';
import { knownKeysAt } from './schema-walk';
import { didYouMean, hint } from './suggest';
import { locator, pathAtOffset, pathFromOutline, type Locate } from './yaml-locate';

export interface Validation {
  story?: StoryData;
  problems: Problem[];
  /** The file name used in messages (story.yaml unless told). */
  file: string;
}

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a section';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 37) + '…' : value);
  return `${typeof value} ${String(value)}`;
}

function valueAt(data: unknown, path: readonly PathPart[]): unknown {
  let cur: unknown = data;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[p];
  }
  return cur;
}

const TYPE_WORDS: Record<string, string> = {
  number: 'a number',
  string: 'text',
  array: 'a list',
  object: 'a section',
  boolean: 'true or false',
  tuple: 'a [lat, lon] pair'
};

function expectedOf(issue: z.core.$ZodIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a section' : issue.expected;
    case 'invalid_value':
      return `one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array' ? `at least ${issue.minimum} item(s)` : issue.origin === 'string' ? 'some text' : `${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array' ? `at most ${issue.maximum} item(s)` : `${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
    case 'unrecognized_keys':
      return 'only the keys this section knows';
    default:
      return undefined;
  }
}

/** An editor's sentence for a zod issue (zod's own wording is for developers). */
function messageOf(issue: z.core.$ZodIssue, got: unknown): string {
  if (issue.code === 'invalid_type') {
    if (got === undefined) return 'is missing';
    return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
  }
  if (issue.code === 'invalid_value') {
    const values = issue.values.map(String);
    return `is not one of the allowed values${typeof got === 'string' ? hint(got, values) : ''}`;
  }
  return issue.message.replace(/^Invalid input: /, '');
}

/** Where a syntax error is: the key path by indentation, else from the parsed document. */
function syntaxPath(doc: Document, text: string, offset: number, line: number): PathPart[] {
  // Indentation is what the editor sees; the parsed document can hold odd keys after an error.
  const fromOutline = pathFromOutline(text, line);
  return fromOutline.length > 0 ? fromOutline : pathAtOffset(doc, offset);
}

/** The parser reports an unclosed quote where the file ends; the editor needs the line that opened it. */
function unclosedQuoteStart(text: string, message: string, pos: { line: number; col: number }): { line: number; col: number } {
  const quote = /Missing closing (["'])quote/.exec(message)?.[1];
  if (!quote) return pos;
  const lines = text.split(/\r?\n/);
  for (let i = Math.min(pos.line, lines.length) - 1; i >= 0; i--) {
    const code = lines[i].replace(/\\./g, '').replace(/\s#.*$/, '');
    const at = code.indexOf(quote);
    if (at >= 0 && (code.split(quote).length - 1) % 2 === 1) return { line: i + 1, col: at + 1 };
  }
  return pos;
}

/** Plain words for the syntax errors editors actually make; the parser's own text follows. */
const SYNTAX_HINTS: Record<string, string> = {
  TAB_AS_INDENT: 'a tab is used to indent (use spaces)',
  BAD_INDENT: 'this line is not indented like the lines around it',
  MISSING_CHAR: 'something is not closed (a quote, [ or {) or a key lacks its colon',
  UNEXPECTED_TOKEN: 'this line is not indented like the lines around it, or a key lacks its colon',
  MULTILINE_IMPLICIT_KEY: 'a key lacks its colon, or a quote is not closed',
  BLOCK_AS_IMPLICIT_KEY: 'a key lacks its colon, or a line is indented too far'
};

function yamlProblems(doc: Document, lc: LineCounter, text: string, locate: Locate): Problem[] {
  // One message per line: a single slip (a tab, a lost quote) often trips several parser rules there.
  const seen = new Set<number>();
  const errors = doc.errors.filter((e) => {
    const line = lc.linePos(e.pos[0]).line;
    return seen.has(line) ? false : (seen.add(line), true);
  });
  return errors.map((e) => {
    const pos = unclosedQuoteStart(text, e.message, lc.linePos(e.pos[0]));
    const path = syntaxPath(doc, text, e.pos[0], pos.line);
    const source = text.split(/\r?\n/)[pos.line - 1]?.trim() ?? '';
    if (e.code === 'DUPLICATE_KEY') {
      const first = locate(path);
      return {
        severity: 'error',
        path: formatPath(path),
        message: `appears twice in the same section${first.line !== pos.line ? ` (first on line ${first.line})` : ''}; delete one of them`,
        expected: 'each key once',
        got: 'a second ' + String(path[path.length - 1] ?? 'key'),
        line: pos.line,
        col: pos.col
      };
    }
    const said = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return {
      severity: 'error',
      path: formatPath(path),
      message: `YAML syntax: ${SYNTAX_HINTS[e.code] ? `${SYNTAX_HINTS[e.code]} (${said})` : said}`,
      expected: 'valid YAML (spaces to indent, a colon after each key, closed quotes and brackets)',
      got: describe(source.length > 0 ? source : '(an empty line)'),
      line: pos.line,
      col: pos.col
    };
  });
}

export function schemaProblems(issues: z.core.$ZodIssue[], data: unknown, locate: Locate, schema: z.ZodType = storySchema): Problem[] {
  const problems: Problem[] = [];
  // A misspelt key shows up twice in zod (unknown "shp", missing "ship"): report it once.
  const absorbed = new Set<string>();
  const missing = new Set(
    issues.filter((i) => i.code === 'invalid_type' && valueAt(data, i.path as PathPart[]) === undefined).map((i) => formatPath(i.path as PathPart[]))
  );
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const base = issue.path as PathPart[];
    const known = knownKeysAt(schema, base);
    for (const key of issue.keys) {
      const path = [...base, key];
      const meant = didYouMean(key, known);
      const missingMeant = meant !== undefined && missing.has(formatPath([...base, meant]));
      if (missingMeant) absorbed.add(formatPath([...base, meant]));
      problems.push({
        severity: 'error',
        path: formatPath(path),
        message: `is not a key this section knows${meant ? ` — did you mean "${meant}"?` : ''}`,
        expected: known.length ? `one of ${known.join(', ')}` : 'only the keys this section knows',
        got: key,
        ...locate(path)
      });
    }
  }
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') continue;
    const path = issue.path as PathPart[];
    if (absorbed.has(formatPath(path))) continue;
    const got = valueAt(data, path);
    problems.push({
      severity: 'error',
      path: formatPath(path),
      message: messageOf(issue, got),
      expected: expectedOf(issue),
      got: describe(got),
      ...locate(path)
    });
  }
  return problems.sort((a, b) => a.line - b.line || a.col - b.col);
}

export function place(p: RawProblem, locate: Locate): Problem {
  const { find, ...rest } = p;
  return { ...rest, path: formatPath(p.path), ...locate(p.path, find) };
}

const overlaps = (a: string, b: string) => a === b || a.startsWith(b + '.') || a.startsWith(b + '[') || b.startsWith(a + '.') || b.startsWith(a + '[');

/**
 * With type errors the editor still wants the rest (a future date, an unknown placeholder)
 * in the same run. The cross-field rules expect a typed story, so run them on the raw data,
 * tolerate a crash, and drop what could be an echo of a type error: problems on or inside a
 * broken key, references into a broken list, and messages built from missing values.
 */
function bestEffortConsistency(data: unknown, today: string, typeProblems: Problem[]): RawProblem[] {
  let raw: RawProblem[];
  try {
    raw = checkConsistency(data as StoryData, today);
  } catch {
    return [];
  }
  const broken = typeProblems.map((p) => p.path);
  const brokenSection = (s: string) => broken.some((b) => b === s || b.startsWith(s + '[') || b.startsWith(s + '.') || b === '(top of file)');
  return raw.filter((p) => {
    const path = formatPath(p.path);
    if (broken.some((b) => overlaps(path, b))) return false;
    if (/undefined|NaN|\[object/.test(`${p.message} ${p.expected} ${p.got}`)) return false;
    if (/id of a place|needs a place/.test(p.message) && brokenSection('places')) return false;
    if (/id of a source/.test(p.message) && brokenSection('sources')) return false;
    if (/attacks\.since/.test(p.message) && brokenSection('attacks')) return false;
    return true;
  });
}

/** YAML text → a document, its line counter and a locator. */
function readYaml(text: string) {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false, strict: true });
  return { doc, lc, locate: locator(doc, lc, text) };
}

/**
 * YAML text → its plain data, the YAML problems (located) and a locator, for story.yaml and the
 * locale files alike. `data` is absent when the text cannot be trusted: duplicate keys leave a
 * readable document (the last one wins), so the check carries on and reports the rest too; any
 * other syntax error, or anchors and aliases that cannot be expanded, stop it there.
 */
export function readYamlData(text: string): { problems: Problem[]; locate: Locate; data?: unknown } {
  const { doc, lc, locate } = readYaml(text);
  const problems = yamlProblems(doc, lc, text, locate);
  if (doc.errors.some((e) => e.code !== 'DUPLICATE_KEY')) return { problems, locate };
  try {
    return { problems, locate, data: doc.toJS({ maxAliasCount: 50 }) };
  } catch (e) {
    const problem: Problem = {
      severity: 'error',
      path: '(top of file)',
      message: `cannot be read: ${e instanceof Error ? e.message : String(e)}`,
      expected: 'plain values (no & anchors or * aliases)',
      got: 'anchors/aliases',
      line: 1,
      col: 1
    };
    return { problems: [...problems, problem], locate };
  }
}

/**
 * Dates compare as YYYY-MM-DD strings; `today` is injectable so tests do not age.
 * `file` only names the file in the result (messages are formatted with it).
 */
export function validateStoryText(text: string, today = new Date().toISOString().slice(0, 10), file = 'story.yaml'): Validation {
  const { problems: yaml, locate, data } = readYamlData(text);
  if (data === undefined) return { problems: yaml, file };
  const parsed = storySchema.safeParse(data);
  const problems: Problem[] = [...yaml];
  if (parsed.success) {
    for (const p of checkConsistency(parsed.data, today)) problems.push(place(p, locate));
  } else {
    const typeProblems = schemaProblems(parsed.error.issues, data, locate);
    problems.push(...typeProblems, ...bestEffortConsistency(data, today, typeProblems).map((p) => place(p, locate)));
  }
  problems.sort((a, b) => a.line - b.line || a.col - b.col);
  const ok = !problems.some((p) => p.severity === 'error');
  return { story: ok ? parsed.data : undefined, problems, file };
}

/**
 * story.yaml text → a typed Story, or every problem found, each located at its line.
 * Pure (no file system): the build, the dev server, the CLI and the tests all call this.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { storySchema, type Story } from './schema';
import { checkConsistency } from './consistency';
import { formatPath, type PathPart, type Problem } from './problems';

export interface Validation {
  story?: Story;
  problems: Problem[];
}

function describe(value: unknown): string {
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

/** The deepest node that exists along the path: a missing key is blamed on its parent. */
function locate(doc: Document, lc: LineCounter, path: readonly PathPart[]): { line: number; col: number } {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as Node | undefined;
    if (node && (isScalar(node) || isMap(node) || isSeq(node)) && node.range) {
      // For a map entry, point at its key, which is where an editor looks.
      let offset = node.range[0];
      if (n > 0) {
        const parent = doc.getIn(path.slice(0, n - 1), true);
        if (isMap(parent)) {
          const pair = parent.items.find((it) => isScalar(it.key) && it.key.value === path[n - 1]);
          if (pair && isScalar(pair.key) && pair.key.range) offset = pair.key.range[0];
        }
      }
      const pos = lc.linePos(offset);
      return { line: pos.line, col: pos.col };
    }
  }
  return { line: 1, col: 1 };
}

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

/** Dates compare as YYYY-MM-DD strings; `today` is injectable so tests do not age. */
export function validateStoryText(text: string, today = new Date().toISOString().slice(0, 10)): Validation {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false, strict: true });
  const problems: Problem[] = [];

  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const pos = e.linePos?.[0] ?? lc.linePos(e.pos[0]);
      const duplicate = e.code === 'DUPLICATE_KEY';
      problems.push({
        severity: 'error',
        path: '(YAML syntax)',
        message: duplicate ? 'a key appears twice in the same section' : e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
        expected: duplicate ? 'each key once' : 'valid YAML (check indentation, colons and quotes)',
        got: e.code,
        line: pos.line,
        col: pos.col
      });
    }
    return { problems };
  }

  const data: unknown = doc.toJS({ maxAliasCount: 50 });
  const parsed = storySchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
      for (const key of keys) {
        const path = (key === undefined ? issue.path : [...issue.path, key]) as PathPart[];
        const got = valueAt(data, path);
        problems.push({
          severity: 'error',
          path: formatPath(path),
          message: key === undefined ? issue.message.replace(/^Invalid input: /, '') : `is not a key this section knows`,
          expected: expectedOf(issue),
          got: key === undefined ? describe(got) : key,
          ...locate(doc, lc, path)
        });
      }
    }
    return { problems };
  }

  for (const p of checkConsistency(parsed.data, today)) {
    problems.push({ ...p, path: formatPath(p.path), ...locate(doc, lc, p.path) });
  }
  const ok = !problems.some((p) => p.severity === 'error');
  return { story: ok ? parsed.data : undefined, problems };
}

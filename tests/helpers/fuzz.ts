/**
 * The fuzz tests' seeded mutations of a YAML file (deleted keys, wrong types, truncation, odd
 * unicode, huge numbers, empty strings, duplicate keys…) and their shared checks. The story.yaml
 * and en.yaml runs are two test files, so the two cores fuzz them side by side.
 */
import { expect } from 'vitest';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { validateStoryText } from '$lib/data/validate';
import { validateLocaleText } from '$lib/data/locale-check';
import { formatProblem, type Problem } from '$lib/data/problems';
import { localeText, storyText, TODAY } from './story-file';

export const RUNS = 400;
export const SEED = 20240924;

/** mulberry32: small, seedable, good enough to pick mutations. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Path = (string | number)[];
const ODD = ['\u202e', '\u200b', '\ufeff', '\u0301', 'ﬁ', '𝔜𝔞𝔨𝔥𝔬𝔫𝔱', '🚀🛳️', 'ا لحديدة', '\u00a0', '\u2028', 'İı', '\ud83d', 'ŉ'];
const WRONG: unknown[] = ['some text', 12345, -1, 0, true, null, [], {}, [1, 2], { a: 1 }, '2024-13-45', 'https://', '{missile_nothing}'];
const HUGE = [1e308, -1e308, 9007199254740993, Number.MAX_VALUE, Number.POSITIVE_INFINITY, Number.NaN, 1e-320, 10000001];

function allPaths(node: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (isMap(node)) for (const it of node.items) { const k = isScalar(it.key) ? String(it.key.value) : '?'; out.push([...path, k]); allPaths(it.value, [...path, k], out); }
  else if (isSeq(node)) node.items.forEach((it, i) => { out.push([...path, i]); allPaths(it, [...path, i], out); });
  return out;
}

/** The unmutated file parsed once: a clone of it is the same document as parsing it again, at half the cost. */
const parsed = new Map<string, ReturnType<typeof parseDocument>>();
/** …and its node paths, the same for every clone. */
const pathsOfOriginal = new Map<string, Path[]>();

type Mutation = { text: string; what: string };
const picker = (r: () => number) => <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/** Mutations of the text itself: they need no YAML tree (cloning and listing one was most of a run's cost). */
const TEXT_MUTATIONS: Record<string, (text: string, r: () => number) => Mutation> = {
  truncate: (text, r) => {
    const at = Math.floor(r() * text.length);
    return { text: text.slice(0, at), what: `truncated at ${at}` };
  },
  'duplicate-line': (text, r) => {
    const lines = text.split('\n');
    const i = Math.floor(r() * lines.length);
    lines.splice(i, 0, lines[i]);
    return { text: lines.join('\n'), what: `duplicated line ${i + 1}` };
  },
  'delete-line': (text, r) => {
    const lines = text.split('\n');
    const i = Math.floor(r() * lines.length);
    lines.splice(i, 1);
    return { text: lines.join('\n'), what: `deleted line ${i + 1}` };
  },
  'insert-char': (text, r) => {
    const at = Math.floor(r() * text.length);
    const ch = picker(r)([':', '-', '[', '{', '"', "'", '\t', '#', '&', '*', '!', '|', '>', '%', '@', '`', ...ODD]);
    return { text: text.slice(0, at) + ch + text.slice(at), what: `inserted ${JSON.stringify(ch)} at ${at}` };
  }
};

type Doc = ReturnType<typeof parseDocument>;
/** A run's file between mutations: its text, or a document holding edits not yet written out. */
type Draft = { text: string; doc?: Doc; paths?: Path[] };

/** The draft's text, writing out the document's edits first. */
function textOf(d: Draft): string {
  if (d.doc) [d.text, d.doc, d.paths] = [d.doc.toString(), undefined, undefined];
  return d.text;
}

/** One random edit of the draft; returns what it did. Consecutive tree edits share one document
 *  and one write-out: parsing and writing the file again between them was most of a run's cost. */
function mutate(d: Draft, r: () => number): string {
  const pick = picker(r);
  const kind = pick(['delete', 'wrong-type', 'huge', 'empty', 'unicode', 'truncate', 'duplicate-line', 'delete-line', 'insert-char', 'rename-key', 'swap-values'] as const);
  // The path's random draw is taken for every kind, so the seeded runs stay the same.
  const u = r();
  if (kind in TEXT_MUTATIONS) {
    const m = TEXT_MUTATIONS[kind](textOf(d), r);
    d.text = m.text;
    return m.what;
  }
  if (!d.doc) {
    const doc = parsed.get(d.text)?.clone() ?? parseDocument(d.text);
    // A file the text edits broke cannot be written out again: the yaml library refuses.
    if (doc.errors.length) throw new Error('unparseable');
    [d.doc, d.paths] = [doc, pathsOfOriginal.get(d.text) ?? allPaths(doc.contents)];
  }
  const { doc, paths = [] } = d;
  const path = paths[Math.floor(u * paths.length)];
  const where = path.join('.');
  switch (kind) {
    case 'delete':
      doc.deleteIn(path);
      return `delete ${where}`;
    case 'wrong-type':
      doc.setIn(path, doc.createNode(pick(WRONG)));
      return `wrong type at ${where}`;
    case 'huge':
      doc.setIn(path, pick(HUGE));
      return `huge number at ${where}`;
    case 'empty':
      doc.setIn(path, pick(['', ' ', '\n']));
      return `empty string at ${where}`;
    case 'unicode': {
      const node = doc.getIn(path, true) as Node | undefined;
      const old = isScalar(node) ? String(node.value) : '';
      const at = Math.floor(r() * (old.length + 1));
      doc.setIn(path, old.slice(0, at) + pick(ODD) + old.slice(at));
      return `odd unicode in ${where}`;
    }
    case 'rename-key': {
      const key = path[path.length - 1];
      const node = typeof key === 'string' ? doc.getIn(path.slice(0, -1), true) : undefined;
      if (!isMap(node)) return 'no-op';
      const pair = node.items.find((it) => isScalar(it.key) && it.key.value === key);
      if (pair && isScalar(pair.key)) pair.key.value = (key as string).slice(0, -1) + pick(['x', '', (key as string).slice(-1).toUpperCase(), ' ']);
      return `renamed key ${where}`;
    }
    case 'swap-values': {
      const other = pick(paths);
      const a = doc.getIn(path, true) as Node;
      const b = doc.getIn(other, true) as Node;
      doc.setIn(path, b?.clone?.() ?? null);
      doc.setIn(other, a?.clone?.() ?? null);
      return `swapped ${where} and ${other.join('.')}`;
    }
  }
  throw new Error(`no mutation named ${kind}`);
}

export function mutations(original: string, seed: number) {
  parsed.set(original, parseDocument(original));
  pathsOfOriginal.set(original, allPaths(parsed.get(original)!.contents));
  const r = rng(seed);
  return Array.from({ length: RUNS }, (_, i) => {
    const draft: Draft = { text: original };
    const what: string[] = [];
    // The edits made since the document was last written out (undone together if a later one fails).
    let unwritten: number[] = [];
    const count = 1 + Math.floor(r() * 3);
    for (let j = 0; j < count; j++) {
      try {
        what.push(mutate(draft, r));
        if (draft.doc) unwritten.push(what.length - 1);
        else unwritten = [];
      } catch {
        // An edit the yaml library cannot apply to an already-broken file: the document is dropped
        // with the edits it held, and the text stays as it was last written.
        [draft.doc, draft.paths] = [undefined, undefined];
        for (const k of unwritten) what[k] = 'skipped';
        unwritten = [];
        what.push('skipped');
      }
    }
    let text: string;
    try {
      text = textOf(draft);
    } catch {
      for (const k of unwritten) what[k] = 'skipped';
      text = draft.text;
    }
    return { i, text, what: what.join('; ') };
  });
}

/** Each problem names a key path and a line inside the file, in the check's format. */
export function expectLocated(problems: Problem[], text: string, file: string, outcome: { topOfFile: number }) {
  const lines = text.split('\n').length;
  for (const p of problems) {
    expect(typeof p.path).toBe('string');
    expect(p.path.length).toBeGreaterThan(0);
    expect(p.message.length).toBeGreaterThan(0);
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.line).toBeLessThanOrEqual(lines + 1);
    expect(formatProblem(p, file)).toMatch(new RegExp(`^${file.replace('.', '\\.')}:\\d+:\\d+ {2}\\S`));
    if (p.path === '(top of file)') outcome.topOfFile++;
  }
}

export const realStory = () => validateStoryText(storyText(), TODAY).story!;
export const realWords = () => validateLocaleText(localeText(), realStory(), 'en.yaml').words!;

/** A fuzz run is worth something only if it produced valid and invalid files, mostly located. */
export function expectBothOutcomes(outcome: { valid: number; invalid: number; topOfFile: number }) {
  if (process.env.FUZZ_DEBUG) console.log(outcome);
  expect(outcome.valid + outcome.invalid).toBe(RUNS);
  expect(outcome.valid).toBeGreaterThan(10);
  expect(outcome.invalid).toBeGreaterThan(RUNS / 2);
  expect(outcome.topOfFile).toBeLessThan(RUNS / 20);
}


/**
 * Every example in EDITING.md is real: each yaml block is pasted into a copy of story.yaml (or of
 * en.yaml, for "… in en.yaml") exactly as shown (same indentation), at the key it names, and the
 * result must validate (or, for the "mistake" examples, fail with the message the guide promises).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { validateStoryText } from '$lib/data/validate';
import { validateLocaleText } from '$lib/data/locale-check';
import { mergeEdition } from '$lib/data/edition';
import { formatProblem, formatPath } from '$lib/data/problems';
import { nodeAt, storyJsonSchema } from '$lib/data/json-schema';
import { toView } from '$lib/server/story';
import { localeText, storyText, TODAY } from '../helpers/story-file';
import { LOCATED } from '../helpers/story-mistakes';

const GUIDE = readFileSync(new URL('../../EDITING.md', import.meta.url), 'utf8');

interface Example {
  action: 'replace' | 'append';
  target: string;
  /** The file the block goes in: story.yaml unless the line says "in en.yaml". */
  file: string;
  shows?: string;
  error?: { path: string; fragment: string };
  snippet: string;
}

const EXAMPLE = /<!-- example: (replace|append) ([^;\s]+)(?: in (\S+\.yaml))?(?:; (.*?))? -->\n```yaml\n([\s\S]*?)```/g;
const examples: Example[] = [...GUIDE.matchAll(EXAMPLE)].map(([, action, target, file = 'story.yaml', opts = '', snippet]) => {
  const shows = /page shows "((?:[^"\\]|\\.)*)"/.exec(opts)?.[1];
  const err = /error (\S+) "((?:[^"\\]|\\.)*)"/.exec(opts);
  return {
    action: action as Example['action'],
    target,
    file,
    shows,
    error: err ? { path: err[1], fragment: err[2].replace(/\\"/g, '"') } : undefined,
    snippet
  };
});

/** "steps[id=speed].text" → ["steps", 5, "text"] in this file. */
function resolvePath(text: string, target: string): (string | number)[] {
  const data = parseDocument(text).toJS() as Record<string, unknown>;
  const out: (string | number)[] = [];
  let cur: unknown = data;
  for (const seg of target.split('.')) {
    const m = /^(\w+)(?:\[(?:id=(\w+)|(\d+))\])?$/.exec(seg);
    if (!m) throw new Error(`bad example target ${target}`);
    out.push(m[1]);
    cur = (cur as Record<string, unknown>)[m[1]];
    if (m[2] !== undefined || m[3] !== undefined) {
      const list = cur as { id?: string }[];
      const index = m[2] !== undefined ? list.findIndex((x) => x.id === m[2]) : Number(m[3]);
      if (index < 0 || index >= list.length) throw new Error(`${target}: no item ${seg} in story.yaml`);
      out.push(index);
      cur = list[index];
    }
  }
  return out;
}

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
const indentOf = (line: string) => line.length - line.trimStart().length;

/** End offset of the lines that belong to an entry starting at `start` (deeper-indented lines and blanks inside). */
function entryEnd(text: string, start: number, col: number): number {
  let end = text.indexOf('\n', start);
  if (end < 0) return text.length;
  let lastContent = end;
  for (let at = end + 1; at < text.length; ) {
    const next = text.indexOf('\n', at);
    const line = text.slice(at, next < 0 ? text.length : next);
    if (line.trim() !== '') {
      if (indentOf(line) <= col) break;
      lastContent = next < 0 ? text.length : next;
    }
    if (next < 0) break;
    at = next + 1;
  }
  return lastContent;
}

/** Paste the snippet into the file as an editor would. */
function apply(text: string, ex: Example): string {
  const doc = parseDocument(text);
  const path = resolvePath(text, ex.target);
  if (ex.action === 'replace') {
    const parent = doc.getIn(path.slice(0, -1), true);
    if (!isMap(parent)) throw new Error(`${ex.target}: parent is not a section`);
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[path.length - 1]);
    const key = pair?.key as Node | undefined;
    if (!key?.range) throw new Error(`${ex.target}: key not found`);
    const start = lineStart(text, key.range[0]);
    const col = key.range[0] - start;
    // A key on a "- " line (first key of a list item) is replaced from the key, not the dash.
    const from = text.slice(start, key.range[0]).trim() === '' ? start : key.range[0];
    const snippet = from === start ? ex.snippet.replace(/\n$/, '') : ex.snippet.trimStart().replace(/\n$/, '');
    return text.slice(0, from) + snippet + text.slice(entryEnd(text, start, col));
  }
  const seq = doc.getIn(path, true);
  if (isMap(seq) && seq.items.length > 0) {
    // A section keyed by ids (a locale file's places, events …): the new entry after the last one.
    const lastKey = seq.items[seq.items.length - 1].key as Node;
    const keyLine = lineStart(text, lastKey.range![0]);
    const end = entryEnd(text, keyLine, lastKey.range![0] - keyLine);
    return text.slice(0, end) + '\n' + ex.snippet.replace(/\n$/, '') + text.slice(end);
  }
  if (!isSeq(seq) || seq.items.length === 0) throw new Error(`${ex.target}: not a list with items`);
  const last = seq.items[seq.items.length - 1] as Node;
  const itemLine = lineStart(text, last.range![0]);
  const dashCol = text.slice(itemLine).indexOf('-');
  const end = entryEnd(text, itemLine, dashCol);
  return text.slice(0, end) + '\n' + ex.snippet.replace(/\n$/, '') + text.slice(end);
}

/** What the snippet itself says the value is (parsed on its own, indentation removed). */
function snippetValue(ex: Example): unknown {
  const indent = Math.min(...ex.snippet.split('\n').filter((l) => l.trim()).map(indentOf));
  const parsed = parseDocument(ex.snippet.split('\n').map((l) => l.slice(indent)).join('\n')).toJS();
  return ex.action === 'replace' ? Object.values(parsed as object)[0] : parsed;
}

/** The appended part of a list or section, to compare with what the snippet says. */
function appended(now: unknown, added: unknown): unknown {
  if (Array.isArray(added)) return (now as unknown[]).slice(-added.length);
  return Object.fromEntries(Object.keys(added as object).map((k) => [k, (now as Record<string, unknown>)[k]]));
}

const valueAt = (data: unknown, path: (string | number)[]) => path.reduce<unknown>((v, p) => (v as Record<string | number, unknown>)?.[p], data);

describe('EDITING.md examples', () => {
  it('has examples for each task the guide promises', () => {
    const targets = examples.map((e) => `${e.action} ${e.target}`);
    expect(targets).toContain('replace missile.range_km');
    expect(targets).toContain('append events');
    expect(targets).toContain('append places');
    expect(examples.some((e) => e.file === 'en.yaml' && /^steps\.\w+\.text$/.test(e.target))).toBe(true);
    expect(examples.some((e) => e.file === 'en.yaml' && e.action === 'append')).toBe(true);
    expect(examples.length).toBeGreaterThanOrEqual(10);
  });

  // Applied one after another, as an editor working down the guide would: the figures and the
  // English words each have their current text.
  const current: Record<string, string> = { 'story.yaml': storyText(), 'en.yaml': localeText() };
  const sizeOf = (v: unknown) => (Array.isArray(v) ? v.length : Object.keys(v as object).length);
  it.each(examples.map((e, i) => ({ ...e, name: `${i + 1}: ${e.action} ${e.target}${e.file === 'story.yaml' ? '' : ` in ${e.file}`}${e.error ? ' (a mistake)' : ''}` })))('$name', (ex) => {
    const before = current[ex.file];
    const after = apply(before, ex);
    const storyV = validateStoryText(ex.file === 'story.yaml' ? after : current['story.yaml'], TODAY);
    const localeV = storyV.story ? validateLocaleText(ex.file === 'en.yaml' ? after : current['en.yaml'], storyV.story, 'en.yaml') : undefined;
    const v = ex.file === 'story.yaml' ? storyV : localeV!;
    const errors = v.problems.filter((p) => p.severity === 'error');
    if (ex.error) {
      const path = formatPath(resolvePath(after, ex.error.path));
      const hit = errors.find((p) => p.path === path);
      expect(hit, errors.map((p) => formatProblem(p, ex.file)).join('\n')).toBeDefined();
      expect(formatProblem(hit!, ex.file)).toContain(ex.error.fragment);
      return; // a mistake is not kept
    }
    expect(errors.map((p) => formatProblem(p, ex.file))).toEqual([]);
    const path = resolvePath(after, ex.target);
    const now = valueAt(ex.file === 'story.yaml' ? storyV.story : localeV!.words, path);
    if (ex.action === 'replace') expect(now).toEqual(snippetValue(ex));
    else {
      const added = snippetValue(ex);
      expect(appended(now, added)).toEqual(added);
      expect(sizeOf(now)).toBe(sizeOf(valueAt(parseDocument(before).toJS(), path)) + sizeOf(added));
    }
    if (ex.shows) {
      // The page needs both files to agree (an event added to story.yaml waits for its words).
      expect(localeV?.words, localeV?.problems.map((p) => formatProblem(p, 'en.yaml')).join('\n')).toBeDefined();
      // As a reader sees it: a no-break space (a number held to its unit) reads as a space.
      expect(JSON.stringify(toView(mergeEdition(storyV.story!, localeV!.words!, 'en'))).replace(/\u00a0/g, ' ')).toContain(ex.shows);
    }
    current[ex.file] = after;
  });

  it('shows sample messages in the exact format the check prints', () => {
    const samples = [...GUIDE.matchAll(/```text\n([\s\S]*?)```/g)].flatMap((m) => m[1].split('\n').filter((l) => l.startsWith('story.yaml:')));
    expect(samples.length).toBeGreaterThanOrEqual(4);
    for (const line of samples) expect(line).toMatch(/^story\.yaml:\d+:\d+ {2}\S+ {2}\S|^story\.yaml: \d+ errors?, \d+ warnings?\./);
    expect(samples.filter((l) => LOCATED.test(l)).length).toBeGreaterThanOrEqual(3);
    // And for the locale files: one line per problem, the file named by its language.
    const words = [...GUIDE.matchAll(/```text\n([\s\S]*?)```/g)].flatMap((m) => m[1].split('\n').filter((l) => /^(en|ar)\.yaml:/.test(l)));
    expect(words.length).toBeGreaterThanOrEqual(5);
    for (const line of words) expect(line).toMatch(/^(en|ar)\.yaml:\d+:\d+ {2}\S+ {2}\S|^(en|ar)\.yaml: \d+ errors?, \d+ warnings?\./);
  });

  it('explains only fields that exist', () => {
    const table = GUIDE.slice(GUIDE.indexOf('## What each field means'));
    const keys = [...table.matchAll(/^\| (`[^|]+`) \|/gm)].flatMap((m) => [...m[1].matchAll(/`([\w.]+)`/g)].map((k) => k[1]));
    expect(keys.length).toBeGreaterThan(20);
    const schema = storyJsonSchema();
    expect(keys.filter((k) => !nodeAt(schema, k))).toEqual([]);
  });
});

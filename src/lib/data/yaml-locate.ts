/** Key path ⇄ position in the YAML source, so every message points at a line an editor can find. */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { PathPart } from './problems';

const rangeOf = (n: unknown): [number, number, number] | undefined =>
  n && (isScalar(n) || isMap(n) || isSeq(n)) && n.range ? (n.range as [number, number, number]) : undefined;

export type Locate = (path: readonly PathPart[], find?: string) => { line: number; col: number };

/**
 * Line and column for a key path. A missing key is blamed on its parent; a map entry is
 * located at its key. With `find`, the position moves to that text inside the value, if found.
 */
export function locator(doc: Document, lc: LineCounter, source: string): Locate {
  return (path, find) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as Node | undefined;
      const range = rangeOf(node);
      if (!range) continue;
      if (find && isScalar(node)) {
        const at = sourceIndex(source, range, find);
        if (at >= 0) return lc.linePos(at);
      }
      let offset = range[0];
      if (n > 0) {
        const parent = doc.getIn(path.slice(0, n - 1), true);
        if (isMap(parent)) {
          const pair = parent.items.find((it) => isScalar(it.key) && it.key.value === path[n - 1]);
          const keyRange = pair ? rangeOf(pair.key) : undefined;
          if (keyRange) offset = keyRange[0];
        }
      }
      return lc.linePos(offset);
    }
    return { line: 1, col: 1 };
  };
}

/** Where `find` occurs in the source of a scalar, allowing line breaks wherever it has spaces. */
function sourceIndex(source: string, range: [number, number, number], find: string): number {
  const pattern = new RegExp(find.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  const m = pattern.exec(source.slice(range[0], range[1]));
  return m ? range[0] + m.index : -1;
}

/**
 * The key path at (or just before) an offset: for a syntax error, the key the editor was
 * writing. Walks down, taking in each section the last entry that starts at or before it.
 */
export function pathAtOffset(doc: Document, offset: number): PathPart[] {
  const path: PathPart[] = [];
  let node: unknown = doc.contents;
  for (let depth = 0; depth < 100; depth++) {
    if (isMap(node)) {
      const pair = [...node.items].reverse().find((it) => {
        const r = rangeOf(it.key) ?? rangeOf(it.value);
        return r !== undefined && r[0] <= offset;
      });
      if (!pair || !isPair(pair)) break;
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (typeof key !== 'string' && typeof key !== 'number') break;
      path.push(String(key));
      const r = rangeOf(pair.value);
      if (!r || r[0] > offset) break;
      node = pair.value;
    } else if (isSeq(node)) {
      const items = node.items;
      let index = -1;
      items.forEach((it, i) => {
        const r = rangeOf(it);
        if (r && r[0] <= offset) index = i;
      });
      if (index < 0) break;
      path.push(index);
      node = items[index];
    } else break;
  }
  return path;
}

/**
 * The key path at a line, read from indentation alone: for syntax errors that leave no usable
 * document (the parser stopped early), so the message can still say "steps[3].text".
 */
export function pathFromOutline(text: string, line: number): PathPart[] {
  const stack: { indent: number; part: PathPart }[] = [];
  const counters = new Map<string, number>();
  let blockIndent = -1;
  const lines = text.split(/\r?\n/).slice(0, Math.max(line, 1));
  for (const raw of lines) {
    if (/^\s*(#.*)?$/.test(raw)) continue;
    let col = raw.length - raw.trimStart().length;
    if (blockIndent >= 0 && col > blockIndent) continue;
    blockIndent = -1;
    let rest = raw.slice(col);
    while (/^-( +|$)/.test(rest)) {
      while (stack.length && (stack[stack.length - 1].indent > col || (stack[stack.length - 1].indent === col && typeof stack[stack.length - 1].part === 'number'))) stack.pop();
      const key = `${stack.map((s) => s.part).join('.')}@${col}`;
      const index = (counters.get(key) ?? -1) + 1;
      counters.set(key, index);
      stack.push({ indent: col, part: index });
      const dash = /^-( *)/.exec(rest)![0].length;
      col += dash;
      rest = rest.slice(dash);
    }
    const m = /^([A-Za-z_][\w-]*)\s*:(?:\s+(.*))?$/.exec(rest);
    if (!m) continue;
    while (stack.length && stack[stack.length - 1].indent >= col) stack.pop();
    stack.push({ indent: col, part: m[1] });
    if (m[2] !== undefined && /^[|>][-+0-9]*\s*(#.*)?$/.test(m[2])) blockIndent = col;
  }
  return stack.map((s) => s.part);
}

/**
 * Style rules and the step change. At every step change the story moves `data-scene` (and
 * `data-scene-state`) from one layer of the sticky graphic to another and rewrites
 * `data-active-step`. A selector that reads those attributes makes the browser restyle the layers'
 * whole drawings in that frame (traced on a slow phone: ~120 elements, a third of the frame).
 * Styles find graphics by classes that stay put instead.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { growsWithText } from '$lib/scenes/registry';

const MOVING = ['data-scene', 'data-active-step'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(css|svelte)$/.test(name) ? [path] : [];
  });
}

/** The CSS of a file: a stylesheet whole, a component's <style> blocks. */
const cssOf = (path: string, text: string) =>
  path.endsWith('.css') ? text : [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');

describe('style rules', () => {
  it('no selector reads an attribute that moves at every step change', () => {
    const offenders: string[] = [];
    const sources = files('src');
    expect(sources.length).toBeGreaterThan(10);
    for (const path of sources) {
      const css = cssOf(path, readFileSync(path, 'utf8')).replace(/\/\*[\s\S]*?\*\//g, '');
      // Selectors are what precedes a `{`.
      for (const [, selector] of css.matchAll(/([^{}]+)\{/g))
        for (const attr of MOVING) if (selector.includes(`[${attr}`)) offenders.push(`${path}: ${selector.trim()}`);
    }
    expect(offenders).toEqual([]);
  });

  it('marks the graphics made of text (they grow with it when drawn inline)', () => {
    expect(growsWithText({ scene: 'speed', state: 'race' })).toBe(true);
    expect(growsWithText({ scene: 'stakes', state: 'transits' })).toBe(true);
    expect(growsWithText({ scene: 'attacks', state: 'count' })).toBe(true);
    expect(growsWithText({ scene: 'attacks', state: 'events' })).toBe(false);
    expect(growsWithText({ scene: 'range', state: 'rings' })).toBe(false);
    expect(growsWithText({ scene: 'weapon', state: 'horizon' })).toBe(false);
  });
});

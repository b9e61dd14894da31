/**
 * The words files as translation tools read them: every text of every locale file is a standard ICU
 * MessageFormat message, accepted as it is by @formatjs/icu-messageformat-parser (what Weblate,
 * Crowdin and Lokalise validate against), with no argument name a strict validator refuses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { LOCALES_DIR } from '../helpers/story-file';

function texts(v: unknown, path: string[] = []): [string, string][] {
  if (typeof v === 'string') return [[path.join('.'), v]];
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => texts(x, [...path, k]));
  return [];
}

const names = (els: MessageFormatElement[]): string[] =>
  els.flatMap((el) => (el.type === TYPE.argument ? [el.value] : el.type === TYPE.plural ? [el.value, ...Object.values(el.options).flatMap((o) => names(o.value))] : []));

describe('locale files in standard ICU MessageFormat', () => {
  for (const file of readdirSync(LOCALES_DIR).filter((f) => f.endsWith('.yaml'))) {
    it(`${file}: every text parses, with ICU argument names only`, () => {
      const { locale, ...words } = parseYaml(readFileSync(`${LOCALES_DIR}/${file}`, 'utf8')) as Record<string, unknown>;
      expect(locale).toBeDefined();
      const all = texts(words);
      expect(all.length).toBeGreaterThan(100);
      for (const [key, text] of all) {
        let ast: MessageFormatElement[] = [];
        expect(() => (ast = parse(text, { requiresOtherClause: true, ignoreTag: true })), `${file} ${key}`).not.toThrow();
        for (const n of names(ast)) expect(n, `${file} ${key}`).toMatch(/^[a-z_][a-z0-9_]*$/);
      }
    });
  }

  it('refuses the old dotted placeholders, as a strict validator does', () => {
    expect(() => parse('{missile.range_km} km')).toThrow();
  });
});

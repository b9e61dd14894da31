import { describe, expect, it } from 'vitest';
import { fillPlaceholders, parseInline, placeholdersIn, plainText, renderCopy, MarkupError } from '$lib/text/markup';
import { formatNumber } from '$lib/text/format';
import { collectFigures } from '$lib/data/figures';
import { parseStory } from '$lib/server/story';
import { edit, storyText } from '../helpers/story-file';

describe('number formatting (English)', () => {
  it.each([
    [300, '300'],
    [2450.4, '2,450'],
    [12345678, '12,345,678'],
    [7.346, '7.3'],
    [2, '2'],
    [2.5, '2.5'],
    [96.9, '97'],
    [0, '0'],
    [-1500, '-1,500']
  ])('%d → %s', (n, s) => expect(formatNumber(n)).toBe(s));
});

describe('placeholders', () => {
  const figures = { missile_range_km: 1500, missile_name: 'P-800 Yakhont', calc_missile_minutes: 7.346 };
  it('fills figures with formatting', () => {
    expect(fillPlaceholders('{missile_name} flies {missile_range_km} km in {calc_missile_minutes} min', figures)).toBe(
      'P-800 Yakhont flies 1,500 km in 7.3 min'
    );
  });
  it('names an unknown placeholder', () => {
    expect(() => fillPlaceholders('{missile_rang_km}', figures)).toThrow(/\{missile_rang_km\}/);
  });
  it('lists placeholders in order', () => {
    expect(placeholdersIn('a {x_y} b {missile_range_km}')).toEqual(['x_y', 'missile_range_km']);
  });
  it('leaves braces that are not placeholders alone (the locale check reports them as message syntax)', () => {
    expect(fillPlaceholders('a {not one} b', figures)).toBe('a {not one} b');
  });

  it('changing a figure in story.yaml changes every sentence that cites it', () => {
    const before = collectFigures(parseStory(storyText()));
    const after = collectFigures(parseStory(edit(storyText(), 'range_km: 300', 'range_km: 1250')));
    const intro = 'With a range of **{missile_range_km} km**';
    expect(plainText(renderCopy(intro, before))).toBe('With a range of 300 km');
    expect(plainText(renderCopy(intro, after))).toBe('With a range of 1,250 km');
    // Derived figures follow too: 1,250 km at Mach 2 takes longer than 300 km.
    expect(Number(after['calc_missile_minutes'])).toBeGreaterThan(Number(before['calc_missile_minutes']));
  });
});

describe('inline markup', () => {
  it('parses bold, italic and links', () => {
    expect(parseInline('a **b** *c* [d](https://e.org/x)')).toEqual([
      { t: 'text', v: 'a ' },
      { t: 'strong', c: [{ t: 'text', v: 'b' }] },
      { t: 'text', v: ' ' },
      { t: 'em', c: [{ t: 'text', v: 'c' }] },
      { t: 'text', v: ' ' },
      { t: 'link', href: 'https://e.org/x', c: [{ t: 'text', v: 'd' }] }
    ]);
  });
  it('nests italic inside bold', () => {
    expect(parseInline('**a *b***')[0]).toMatchObject({ t: 'strong' });
  });
  it('keeps HTML as plain text', () => {
    expect(parseInline('<script>alert(1)</script>')).toEqual([{ t: 'text', v: '<script>alert(1)</script>' }]);
  });
  it('keeps an unbalanced marker as text', () => {
    expect(plainText(parseInline('5 * 3 and **open'))).toBe('5 * 3 and **open');
  });
  it('refuses javascript: and data: links', () => {
    expect(() => parseInline('[x](javascript:alert(1))')).toThrow(MarkupError);
    expect(() => parseInline('[x](data:text/html,hi)')).toThrow(MarkupError);
  });
});

describe('keepTogether', () => {
  it('marks model designations so a line never breaks after their hyphen', async () => {
    const { keepTogether } = await import('$lib/text/markup');
    expect(keepTogether('The P-800 Yakhont, fired from K-300P Bastion-P trucks.')).toEqual([
      { v: 'The ', keep: false },
      { v: 'P-800', keep: true },
      { v: ' Yakhont, fired from ', keep: false },
      { v: 'K-300P', keep: true },
      { v: ' Bastion-P trucks.', keep: false }
    ]);
    // Ordinary hyphens and ranges are left alone; the parts always join back to the text.
    for (const text of ['Red Sea-bound', '5–15 m', 'mid-2024', 'the Houthi-held coast', '']) {
      const parts = keepTogether(text);
      expect(parts.filter((p) => p.keep)).toEqual([]);
      expect(parts.map((p) => p.v).join('')).toBe(text);
    }
  });
});

describe('designations in right-to-left copy', () => {
  it('keeps Latin and Arabic designations whole inside an Arabic sentence', async () => {
    const { keepTogether } = await import('$lib/text/markup');
    expect(keepTogether('صاروخ ياخونت (P-800) ومسيّرة شاهد-136 ومنظومة باستيون (K-300P).').filter((p) => p.keep).map((p) => p.v)).toEqual([
      'P-800',
      'شاهد-136',
      'K-300P'
    ]);
    // A range of Arabic-Indic figures is not a designation.
    expect(keepTogether('بين ٥–١٥ متراً').filter((p) => p.keep)).toEqual([]);
  });
});

describe('designations in parsed copy', () => {
  it('come out of the parser as nobr tokens (split at build time), inside emphasis too, and read as plain text', () => {
    const tokens = parseInline('The P-800 is the export **P-800 Oniks**.');
    expect(tokens).toEqual([
      { t: 'text', v: 'The ' },
      { t: 'nobr', v: 'P-800' },
      { t: 'text', v: ' is the export ' },
      { t: 'strong', c: [{ t: 'nobr', v: 'P-800' }, { t: 'text', v: ' Oniks' }] },
      { t: 'text', v: '.' }
    ]);
    expect(plainText(tokens)).toBe('The P-800 is the export P-800 Oniks.');
  });
});

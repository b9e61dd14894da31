/**
 * Contrast of every token against what lies under it, in both themes, computed from the token
 * table itself (WCAG 2 ratios): text ≥ 4.5:1, graphic marks and lines ≥ 3:1. axe checks the text
 * of the rendered page too (tests/e2e/a11y.test.ts); this covers the drawn marks axe cannot see.
 */
import { describe, expect, it } from 'vitest';
import { colourDistance, contrast, parseColour, readableOn, withAlpha } from '$lib/theme/contrast';
import { REACH_OPACITY, TOKENS, THEME_NAMES, type TokenName } from '$lib/theme/tokens';
import { themeValues } from '$lib/theme/theme-css';

/** [what is drawn, on what, over what (when the middle one is translucent), where]. */
type Layer = [fg: TokenName | `${TokenName}@${number}`, bg: TokenName, under: TokenName | null, where: string];

const TEXT: Layer[] = [
  ['ink', 'paper', null, 'body text, headline'],
  ['ink-2', 'paper', null, 'dek, sources, the text scenes'],
  ['muted', 'paper', null, 'byline, clock label, axis labels'],
  ['link', 'paper', null, 'links'],
  ['alert-ink', 'paper', null, 'the missile’s status and labels in the weapon scene'],
  ['ink', 'card', 'paper', 'step text on a card'],
  ['alert-ink', 'card', 'paper', 'step kickers on a card'],
  ['link', 'card', 'paper', 'links on a card'],
  ['ink', 'halo', 'sea', 'map labels over the sea, the legend'],
  ['ink', 'halo', 'land', 'map labels over land'],
  ['houthi', 'halo', 'land', 'Houthi-held places’ names'],
  ['houthi', 'halo', 'sea', 'Houthi-held places’ names'],
  ['lane', 'halo', 'sea', 'the shipping lane’s name'],
  ['alert-ink', 'halo', 'paper', 'labels in the weapon scene'],
  ['muted', 'halo', 'sea', 'reference places on the attacks map'],
  ['muted', 'halo-soft', 'sea', 'source credit over the map'],
  ['muted', 'halo-soft', 'land', 'source credit over land'],
  ['ink', 'field', null, 'code boxes on the embed-code page']
];

const MARKS: Layer[] = [
  ['alert', 'sea', null, 'range rings, reach outline, launch points'],
  ['alert', 'land', null, 'range rings over land'],
  ['alert', 'paper', null, 'flight path, missile, bars'],
  ['alert', 'sea-deep', null, 'the flight path through the radar’s shadow zone'],
  ['alert', 'sea', null, 'the missile’s progress on its rail'],
  ['lane', 'sea', null, 'shipping lane, line of sight'],
  ['lane@0.7', 'sea', null, 'shipping lane on the attacks map (70%)'],
  ['lane', 'paper', null, 'traffic bars, radar'],
  ['lane-stripe', 'paper', null, 'stripes of the after-attacks bar'],
  ['houthi', 'sea', null, 'Houthi-held coast'],
  ['houthi', 'land', null, 'Houthi-held coast over land'],
  ['houthi@0.8', 'land', null, 'Houthi-held coast on the attacks map (80%)'],
  ['ink', 'land', null, 'route, place dots'],
  ['ink', 'sea', null, 'scale bar, event rings, dots at sea'],
  ['ink@0.7', 'sea', null, 'distance lines (70%)'],
  ['ink', 'paper', null, 'ship, launcher, the sea line'],
  ['ink-2', 'paper', null, 'tally marks'],
  ['muted', 'paper', null, 'axes, the extra tally marks'],
  ['drone', 'paper', null, 'the drone’s bar'],
  ['drone', 'sea', null, 'the drone’s progress on its rail'],
  ['coast', 'sea', null, 'coastline'],
  ['highlight-edge', 'land', null, 'Iran’s outline']
];

/** Context, not data: thin lines and fills drawn for orientation (borders, ticks, the race's empty
 *  rails), shadows, and fills whose edge or label carries the meaning (Iran's outline, the reach's ring). */
const CONTEXT: TokenName[] = ['border', 'grid', 'rule', 'shadow', 'shadow-strong', 'highlight', 'sea-deep', 'alert-fill'];

const name = ([fg, bg, under, where]: Layer) => `${fg} on ${bg}${under ? ` over ${under}` : ''} (${where})`;

function ratio(values: Record<TokenName, string>, [fg, bg, under]: Layer): number {
  const [name, alpha] = fg.split('@') as [TokenName, string | undefined];
  const colour = alpha ? withAlpha(values[name], Number(alpha)) : values[name];
  return contrast(colour, values[bg], under ? values[under] : undefined);
}

describe('the tokens', () => {
  it('are colours the contrast maths can read, in both themes', () => {
    for (const [name, t] of Object.entries(TOKENS)) {
      expect(parseColour(t.light), `${name}.light`).not.toBeNull();
      expect(parseColour(t.dark), `${name}.dark`).not.toBeNull();
    }
  });

  it('are each either checked against what lies under them or named as context', () => {
    const used = new Set([...TEXT, ...MARKS].flatMap(([fg, bg, under]) => [fg.split('@')[0], bg, under]));
    const unchecked = Object.keys(TOKENS).filter((n) => !used.has(n) && !CONTEXT.includes(n as TokenName));
    expect(unchecked).toEqual([]);
  });

  for (const theme of THEME_NAMES) {
    const values = themeValues(theme);
    it(`${theme}: text reads at 4.5:1 or more on what lies under it`, () => {
      const low = TEXT.map((l) => [name(l), ratio(values, l)] as const).filter(([, r]) => r < 4.5);
      expect(low).toEqual([]);
    });
    it(`${theme}: land and sea look apart (ΔE ≥ 8), also under the reach's tint`, () => {
      // Dark land #222a33 on sea #142433 measured 5.9 (5.7 tinted): one dark slab inside the reach.
      const tint = { colour: values.alert, alpha: REACH_OPACITY };
      expect(colourDistance(values.land, values.sea)).toBeGreaterThanOrEqual(8);
      expect(colourDistance(values.land, values.sea, tint)).toBeGreaterThanOrEqual(8);
    });
    it(`${theme}: the radar's shadow zone stands apart from the page above it (ΔE ≥ 8) and the sea below (ΔE ≥ 6)`, () => {
      // Dark #0a131b on the page's #11171d measured 2.4: the hidden zone read as empty page.
      expect(colourDistance(values['sea-deep'], values.paper)).toBeGreaterThanOrEqual(8);
      expect(colourDistance(values['sea-deep'], values.sea)).toBeGreaterThanOrEqual(6);
    });
    it(`${theme}: marks and lines stand out at 3:1 or more from what lies under them`, () => {
      const low = MARKS.map((l) => [name(l), ratio(values, l)] as const).filter(([, r]) => r < 3);
      expect(low).toEqual([]);
    });
  }
});

describe('contrast maths', () => {
  it('gives the WCAG ratios of known pairs', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrast('#fff', '#fff')).toBeCloseTo(1, 5);
    // #767676 on white is the classic 4.54:1.
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrast('rgb(0 0 0 / 0.5)', '#ffffff')).toBeCloseTo(contrast('#808080', '#ffffff'), 1);
  });

  it('composites a translucent background over what lies under it', () => {
    // A fully transparent halo leaves the sea under it.
    expect(contrast('#000', 'rgb(255 255 255 / 0)', '#000')).toBeCloseTo(1, 5);
    expect(contrast('#000', 'rgb(255 255 255 / 1)', '#000')).toBeCloseTo(21, 5);
  });

  it('moves a colour until it reads on a background', () => {
    const ink = readableOn('#ff8800', '#ffffff', 4.5);
    expect(contrast(ink, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    const light = readableOn('#aa3300', '#000000', 4.5);
    expect(contrast(light, '#000000')).toBeGreaterThanOrEqual(4.5);
  });

  it('measures colour distance in CIELAB', () => {
    expect(colourDistance('#ffffff', '#000000')).toBeCloseTo(100, 0);
    expect(colourDistance('#808080', '#808080')).toBe(0);
    // A tint over both brings them closer.
    expect(colourDistance('#ffffff', '#000000', { colour: '#ff0000', alpha: 0.5 })).toBeLessThan(100);
  });

  it('refuses what is not a colour', () => {
    expect(parseColour('red')).toBeNull();
    expect(parseColour('#12345')).toBeNull();
    expect(parseColour('rgb(300 0 0)')).toBeNull();
  });
});

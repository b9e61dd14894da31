/**
 * The label-width estimate chooses sides and line breaks before anything is laid out: it must not
 * come out narrower than the text drawn (a label would reach a line it was meant to clear). Widths
 * measured in Chromium at 13 px with the story's faces (getComputedTextLength): "Radar horizon: 34 km"
 * (Source Serif 4 Bold) 137.7 px, "Missile at 10 m: seen" (Source Sans 3) 110.1 px, "الصاروخ على
 * ارتفاع ١٠ م: مرئي" (Noto Sans Arabic) 155.9 px, "الرادار على ارتفاع ٢٥ م" 111.3 px.
 */
import { expect, it } from 'vitest';
import { estimateWidth } from '$lib/scenes/labels';

it.each([
  ['Radar horizon: 34 km', true, 137.7],
  ['Missile at 10 m: seen', false, 110.1],
  ['الصاروخ على ارتفاع ١٠ م: مرئي', false, 155.9],
  ['الرادار على ارتفاع ٢٥ م', false, 111.3]
] as const)('estimates %s at no less than its drawn width, and not far more', (text, bold, drawn) => {
  const w = estimateWidth(text, 13, bold);
  expect(w).toBeGreaterThanOrEqual(drawn);
  expect(w).toBeLessThan(drawn * 1.35);
});

it('skips combining marks and bidi controls', () => {
  expect(estimateWidth('مختفٍ', 10)).toBe(estimateWidth('مختف', 10));
  expect(estimateWidth('\u2068P-800\u2069', 10)).toBe(estimateWidth('P-800', 10));
});

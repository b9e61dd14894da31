/**
 * The tokens as CSS custom properties, inlined in every page's head (src/hooks.server.ts), so the
 * theme is known before the first paint. Light by default; dark when the reader prefers it, unless
 * the page is told otherwise by `<html data-theme="light|dark">` (set from ?theme= before the first
 * paint, and by an embed's host later). Print always gets the light values: the dark blocks are
 * for screens only.
 */
import { contrast, over, parseColour, readableOn, toHex, withAlpha } from './contrast';
import { TOKENS, THEME_NAMES, type ThemeName, type TokenName } from './tokens';

/** What an editor may set in story.yaml's `theme` section. */
export interface ThemeChoice {
  accent?: string;
  fontText?: string;
  fontLabels?: string;
}

/** Opacity of the accent's fill (the reach key, the flight band) in each theme. */
const FILL_ALPHA: Record<ThemeName, number> = { light: 0.16, dark: 0.22 };

/**
 * One theme's values, with an editor's accent applied: the accent itself in both themes, text in its
 * hue moved until it reads at 4.5:1 on the paper and on a card, and its translucent fill.
 */
export function themeValues(theme: ThemeName, choice: ThemeChoice = {}): Record<TokenName, string> {
  const v = Object.fromEntries(Object.entries(TOKENS).map(([k, t]) => [k, t[theme]])) as Record<TokenName, string>;
  if (choice.accent) {
    const card = toHex(over(parseColour(v.card)!, parseColour(v.paper)!));
    let ink = choice.accent;
    for (const bg of [v.paper, card]) if (contrast(ink, bg) < 4.5) ink = readableOn(ink, bg, 4.5);
    v.alert = choice.accent;
    v['alert-ink'] = ink;
    v['alert-fill'] = withAlpha(choice.accent, FILL_ALPHA[theme]);
  }
  return v;
}

const declarations = (values: Record<string, string>) =>
  Object.entries(values)
    .map(([k, v]) => `--${k}:${v};`)
    .join('');

/** Font stacks the page uses when the editor sets none (each web font has a metric-matched fallback). */
export const DEFAULT_FONTS = {
  serif: "'Source Serif 4', 'Source Serif 4 fallback', Georgia, serif",
  sans: "'Source Sans 3', 'Source Sans 3 fallback', system-ui, sans-serif"
};

/** The stylesheet: light on :root, dark for a dark preference (unless data-theme=light) or data-theme=dark. */
export function themeCss(choice: ThemeChoice = {}): string {
  // The schema lets only colours and font names through; this guards the inline <style> all the same.
  for (const value of Object.values(choice)) if (value !== undefined && /[<>{};\\]/.test(value)) throw new Error(`not a CSS value: ${value}`);
  const [light, dark] = THEME_NAMES.map((t) => declarations(themeValues(t, choice)));
  const fonts = `--serif:${choice.fontText ?? DEFAULT_FONTS.serif};--sans:${choice.fontLabels ?? DEFAULT_FONTS.sans};`;
  return (
    `:root{color-scheme:light;${light}${fonts}}` +
    `@media screen and (prefers-color-scheme:dark){:root:not([data-theme=light]){color-scheme:dark;${dark}}}` +
    `@media screen{:root[data-theme=dark]{color-scheme:dark;${dark}}}`
  );
}

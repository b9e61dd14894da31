/**
 * Does an editor's accent stand out where the story draws it? It paints bars and the flight path on
 * the page's background, and the missile's rings and reach over the sea and the land, in both
 * themes: each should be at 3:1 or more (WCAG non-text contrast). The data check refuses an accent
 * under 3:1 on either background, and warns when it is faint only on the maps' sea or land.
 */
import { contrast } from './contrast';
import { THEME_NAMES, type ThemeName, type TokenName } from './tokens';
import { themeValues } from './theme-css';

export const ACCENT_MIN = 3;
/** What the accent is drawn on, in the words of an editor. */
export const ACCENT_SURFACES: [TokenName, string][] = [
  ['paper', 'background'],
  ['sea', 'sea'],
  ['land', 'land']
];

export interface AccentShortfall {
  theme: ThemeName;
  surface: string;
  colour: string;
  ratio: number;
}

/** Every surface of either theme the accent stands out from at less than 3:1, the faintest first in each theme. */
export function accentShortfalls(accent: string): AccentShortfall[] {
  return THEME_NAMES.flatMap((theme) => {
    const v = themeValues(theme);
    return ACCENT_SURFACES.map(([token, surface]) => ({ theme, surface, colour: v[token], ratio: contrast(accent, v[token]) }))
      .filter((f) => f.ratio < ACCENT_MIN)
      .sort((a, b) => a.ratio - b.ratio);
  });
}

/** 2.456 → "2.45:1": rounded down, so a ratio shown as 3.00:1 really passes. */
export const formatRatio = (r: number): string => `${(Math.floor(r * 100) / 100).toFixed(2)}:1`;

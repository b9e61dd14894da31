/**
 * The story's colours: each named once, with its light and its dark value. The page's CSS custom
 * properties are emitted from this table (theme-css.ts, inlined in every page's head), and the
 * contrast tests read the same values, so no colour in the components is written out anywhere else.
 * The names are the CSS properties' names (`paper` is `--paper`).
 */
export interface Token {
  light: string;
  dark: string;
  /** What it paints, for whoever changes it. */
  what: string;
}

export const TOKENS = {
  // Ink and paper.
  paper: { light: '#faf8f4', dark: '#11171d', what: 'page background, and the text-built scenes' },
  ink: { light: '#16212b', dark: '#e9e7e2', what: 'body text, map labels, dots, the route' },
  'ink-2': { light: '#37444f', dark: '#c5ccd2', what: 'secondary text (dek, sources), tally marks' },
  muted: { light: '#55616b', dark: '#9ea9b3', what: 'quiet text (byline, credits, axes)' },
  link: { light: '#1d5c86', dark: '#86bfea', what: 'links and the focus ring' },
  card: { light: 'rgb(255 255 255 / 0.97)', dark: 'rgb(27 35 44 / 0.97)', what: 'step cards' },
  field: { light: '#ffffff', dark: '#0b1015', what: 'code boxes and previews on the embed-code page' },
  shadow: { light: 'rgb(22 33 43 / 0.11)', dark: 'rgb(0 0 0 / 0.45)', what: 'card shadows' },
  'shadow-strong': { light: 'rgb(22 33 43 / 0.35)', dark: 'rgb(0 0 0 / 0.7)', what: 'the phone graphic’s lower edge' },
  rule: { light: '#d9d4c9', dark: '#36414c', what: 'hairlines between sections' },

  // The map: cool sea, warm land, quiet lines.
  // Land and sea differ by ΔE ≥ 8 in both themes, also under the reach's tint; the radar's shadow zone
  // stands apart from the page above it and the sea below it (theme-contrast test).
  sea: { light: '#dde7ed', dark: '#0e1f31', what: 'sea, the race’s rails' },
  'sea-deep': { light: '#c9d8e2', dark: '#22384f', what: 'the radar’s shadow zone below the horizon' },
  land: { light: '#f4f0e7', dark: '#2a2e33', what: 'land' },
  coast: { light: '#6f7b84', dark: '#7f8c98', what: 'coastline' },
  border: { light: '#b3ab9c', dark: '#4f5a65', what: 'country borders (context, thin)' },
  grid: { light: 'rgb(22 33 43 / 0.12)', dark: 'rgb(233 231 226 / 0.14)', what: 'timeline ticks (context)' },

  // Meaning. The one alert colour (the newsroom's accent, story.yaml theme.accent) is the missile and
  // its reach; everything else is restrained. The lane (blue, dashed) and the Houthi-held coast
  // (violet, thick) differ in form, not only hue.
  alert: { light: '#d4461f', dark: '#e2572e', what: 'the accent: the missile, its rings and reach, its bars' },
  'alert-ink': { light: '#a8321a', dark: '#f0896a', what: 'text in the accent’s hue (kickers, the missile’s status)' },
  'alert-fill': { light: 'rgb(212 70 31 / 0.16)', dark: 'rgb(226 87 46 / 0.22)', what: 'the reach key and the flight band' },
  lane: { light: '#245f8c', dark: '#5d9dd2', what: 'the shipping lane, the radar, the traffic bars' },
  'lane-stripe': { light: '#4f86ad', dark: '#9cc6e8', what: 'the stripes of the after-attacks traffic bar' },
  houthi: { light: '#4d3f8a', dark: '#a797e8', what: 'the Houthi-held coast and its places' },
  highlight: { light: '#e8d49a', dark: '#574a1f', what: 'Iran, picked out on the deal map' },
  'highlight-edge': { light: '#9c7b22', dark: '#d6b65c', what: 'Iran’s outline' },
  drone: { light: '#55616b', dark: '#9ea9b3', what: 'the drone in the speed race' },
  halo: { light: 'rgb(250 248 244 / 0.92)', dark: 'rgb(17 23 29 / 0.92)', what: 'label halos, the map legend’s box' },
  'halo-soft': { light: 'rgb(250 248 244 / 0.85)', dark: 'rgb(17 23 29 / 0.85)', what: 'behind source credits' }
} as const satisfies Record<string, Token>;

export type TokenName = keyof typeof TOKENS;

/** The reach's tint: the `alert` colour at this opacity over land and sea (one even layer). */
export const REACH_OPACITY = 0.15;
export type ThemeName = 'light' | 'dark';
export const THEME_NAMES: readonly ThemeName[] = ['light', 'dark'];

/** One theme's values by name. */
export const valuesOf = (theme: ThemeName): Record<TokenName, string> =>
  Object.fromEntries(Object.entries(TOKENS).map(([k, t]) => [k, t[theme]])) as Record<TokenName, string>;

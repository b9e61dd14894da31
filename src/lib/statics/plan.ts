/**
 * Every static of one edition (its step images, cards and print files), worked out from the
 * StoryView alone: pure, so the build, the render page, the desk page and the generator
 * (scripts/statics.mjs) all read the same list. Each file's name carries a version made from what
 * the image is made of (the figures and words it shows, the look, this code's version), never from
 * its bytes (they differ from one Chromium to the next): a changed figure gives every image that
 * shows it a new address, and an unrelated word leaves the others alone.
 */
import type { SceneId } from '$lib/data/schema';
import type { EditionView, StepView, StoryView } from '$lib/types';

/** Bump when the cards' composition changes (layout, what is printed on them): every file gets a new name. */
export const STATICS_CODE_VERSION = 1;

export const STATIC_THEMES = ['light', 'dark'] as const;
export type StaticTheme = (typeof STATIC_THEMES)[number];

export const STATIC_FORMATS = ['web', 'portrait', 'landscape', 'print'] as const;
export type StaticFormat = (typeof STATIC_FORMATS)[number];

/** 1 mm in PDF points. */
const PT_PER_MM = 72 / 25.4;
/** 1 mm in CSS px (96 per inch). */
export const PX_PER_MM = 96 / 25.4;

/**
 * Each format's frame: its CSS size (what the card is composed at), the pixel ratio it is saved at,
 * and for print its size in millimetres. The social cards are composed at half (portrait) or two
 * thirds (landscape) of their pixels, so their type stays readable when a feed shows them small;
 * the web image at 1200 CSS px, saved at 2×. Print is a two-column newspaper width (103 mm).
 */
export const FORMATS: Record<StaticFormat, { css: { width: number; height: number }; scale: number; mm?: { width: number; height: number }; ext: 'png' | 'pdf'; themes: readonly StaticTheme[] }> = {
  web: { css: { width: 1200, height: 800 }, scale: 2, ext: 'png', themes: STATIC_THEMES },
  portrait: { css: { width: 540, height: 675 }, scale: 2, ext: 'png', themes: STATIC_THEMES },
  landscape: { css: { width: 800, height: 420 }, scale: 1.5, ext: 'png', themes: STATIC_THEMES },
  print: {
    css: { width: Math.round(103 * PX_PER_MM), height: Math.round(90 * PX_PER_MM) },
    mm: { width: 103, height: 90 },
    scale: 1,
    ext: 'pdf',
    // Newsprint is light: the dark theme is for screens.
    themes: ['light']
  }
};

/** A format's size as the manifest gives it: pixels for images, points for PDFs. */
export function formatSize(format: StaticFormat): { width: number; height: number } {
  const f = FORMATS[format];
  if (f.mm) return { width: Math.round(f.mm.width * PT_PER_MM), height: Math.round(f.mm.height * PT_PER_MM) };
  return { width: f.css.width * f.scale, height: f.css.height * f.scale };
}

export interface StaticEntry {
  /** The edition's language code (its locale file's name): "en", "ar". */
  edition: string;
  theme: StaticTheme;
  /** The step's id in story.yaml. */
  step: string;
  format: StaticFormat;
  /** Pixels for images, points for PDFs (the plan's; the manifest reads the real ones from the files). */
  width: number;
  height: number;
  /** Path relative to build/: statics/<edition>/<step>-<format>-<theme>.<version>.<png|pdf> */
  file: string;
  /** In the edition's language: kicker, caption, the step's alt (figures filled in) and credit. */
  alt: string;
  /** What the file's name carries: from the figures and words it shows, the look and the code version. */
  version: string;
}

/** The fields of an entry the manifest (build/statics/manifest.json) lists. */
export type ManifestEntry = Pick<StaticEntry, 'edition' | 'theme' | 'step' | 'format' | 'width' | 'height' | 'file' | 'alt'>;
export const manifestEntry = ({ edition, theme, step, format, width, height, file, alt }: StaticEntry): ManifestEntry => ({ edition, theme, step, format, width, height, file, alt });

/**
 * What each scene draws from the story beyond its step's own words: the part of the view its image
 * is made of (read from the scene components' props). A figure elsewhere leaves its files' names alone.
 */
const SCENE_INPUTS: Record<SceneId, (v: StoryView) => unknown> = {
  deal: (v) => [v.geo, v.live, v.numbers.missile, v.words.map],
  range: (v) => [v.geo, v.live, v.numbers.missile, v.words.map],
  weapon: (v) => [v.calc, v.live, v.numbers.missile, v.numbers.radar, v.words.weapon],
  speed: (v) => [v.calc, v.live, v.numbers, v.words.speed],
  attacks: (v) => [v.events, v.geo.views.redsea, v.geo.eventMarks, v.geo.places, v.geo.lane, v.geo.houthiCoast, v.live, v.numbers.attacks, v.timeline, v.words.attacks],
  stakes: (v) => [v.live, v.numbers.alarmed, v.numbers.traffic, v.words.stakes]
};

/** cyrb53: a 53-bit string hash, pure JS (no Node crypto: this module runs in the browser too). */
export function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36).padStart(11, '0');
}

/** The words printed on every card of an edition, and its look, that are not a scene's. */
const editionInputs = (v: StoryView) => [v.edition.lang, v.edition.dir, v.meta.language, v.meta.siteName, v.words.shareImage.asOf];

/** The version of one file: everything its image is made of. `look`: the theme's CSS (accent, fonts). */
export function staticVersion(view: StoryView, step: StepView, format: StaticFormat, theme: StaticTheme, look = ''): string {
  const own = [step.id, step.scene, step.state, step.kicker, step.caption, step.alt, step.imageAlt, step.credit];
  return hash53(JSON.stringify([STATICS_CODE_VERSION, format, FORMATS[format].css, theme, look, editionInputs(view), own, SCENE_INPUTS[step.scene](view)])).slice(0, 10);
}

/** Folder of an edition's statics, relative to build/. */
export const staticsDir = (edition: string) => `statics/${edition}`;

/**
 * Every static of one edition: per step, per format, per theme (print light only). `themes` may
 * narrow the themes; `look` is the theme stylesheet the pages carry (so a new accent renames every file).
 */
export function staticsPlan(view: StoryView, themes: readonly StaticTheme[] = STATIC_THEMES, look = ''): StaticEntry[] {
  const edition = view.edition.lang;
  const out: StaticEntry[] = [];
  for (const step of view.steps)
    for (const format of STATIC_FORMATS)
      for (const theme of FORMATS[format].themes) {
        if (!themes.includes(theme)) continue;
        const version = staticVersion(view, step, format, theme, look);
        out.push({
          edition,
          theme,
          step: step.id,
          format,
          ...formatSize(format),
          file: `${staticsDir(edition)}/${step.id}-${format}-${theme}.${version}.${FORMATS[format].ext}`,
          alt: step.imageAlt,
          version
        });
      }
  return out;
}

/** The one download of every static of an edition, relative to build/; named by its files' versions. */
export function staticsZipFile(entries: readonly StaticEntry[], edition = entries[0]?.edition ?? ''): string {
  return `${staticsDir(edition)}/statics-${edition}.${hash53(entries.map((e) => e.file).join('\n')).slice(0, 10)}.zip`;
}

/** The manifest's path, relative to build/. */
export const MANIFEST_FILE = 'statics/manifest.json';

/** The desk page of an edition, from the site root ("/statics/", "/ar/statics/"). */
export const staticsDeskPath = (edition: Pick<EditionView, 'base'>): string => `${edition.base}/statics/`;

/** A step's share page, from the site root ("/s/range/", "/ar/s/range/"). */
export const stepPagePath = (edition: Pick<EditionView, 'base'>, step: string): string => `${edition.base}/s/${encodeURIComponent(step)}/`;

/** The page that composes one static (for the preview and the generator), from the site root. */
export const renderPagePath = (edition: Pick<EditionView, 'base'>, e?: Pick<StaticEntry, 'step' | 'format' | 'theme'>): string =>
  `${edition.base}/statics/render/` + (e ? `?step=${encodeURIComponent(e.step)}&format=${e.format}&theme=${e.theme}` : '');

/** The render page's query read back (null when it names no static of the view). */
export function parseRenderQuery(view: StoryView, search: URLSearchParams): { step: StepView; format: StaticFormat; theme: StaticTheme } | null {
  const step = view.steps.find((s) => s.id === search.get('step'));
  const format = STATIC_FORMATS.find((f) => f === search.get('format'));
  const theme = STATIC_THEMES.find((t) => t === search.get('theme'));
  if (!step || !format || !theme || !FORMATS[format].themes.includes(theme)) return null;
  return { step, format, theme };
}

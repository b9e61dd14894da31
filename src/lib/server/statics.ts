/**
 * Build time: each edition's statics plan (src/lib/statics/plan.ts) with the look the pages carry
 * (the theme stylesheet: an editor's accent or fonts rename every file), and the plan of every
 * edition the generator (scripts/statics.mjs) reads from build/statics/plan.json.
 */
import { parseStory, editionLangs, loadStoryView } from './story';
import { themeCss } from '$lib/theme/theme-css';
import { renderPagePath, staticsPlan, staticsZipFile, FORMATS, STATIC_THEMES, type StaticEntry, type StaticFormat } from '$lib/statics/plan';
import type { StoryView } from '$lib/types';

/** The theme stylesheet, as src/hooks.server.ts inlines it in every page. */
export function staticsLook(): string {
  const theme = parseStory().theme;
  return themeCss({ accent: theme?.accent, fontText: theme?.font_text, fontLabels: theme?.font_labels });
}

export interface EditionStatics {
  edition: string;
  /** The edition's render page from the site root ("/statics/render/", "/ar/statics/render/"). */
  render: string;
  zip: string;
  entries: StaticEntry[];
}

export function editionStatics(lang: string, view: StoryView = loadStoryView(lang)): EditionStatics {
  const entries = staticsPlan(view, STATIC_THEMES, staticsLook());
  return { edition: lang, render: renderPagePath(view.edition), zip: staticsZipFile(entries, lang), entries };
}

/** What the generator needs: every edition's statics, and each format's frame (CSS size, pixel ratio, mm). */
export function staticsPlanFile(): { formats: typeof FORMATS; editions: EditionStatics[] } {
  return { formats: FORMATS, editions: editionLangs().map((l) => editionStatics(l)) };
}

export type { StaticFormat };

/** The render page's data: the edition's story (the scenes draw from it) and its plan (the preview's index). */
export function staticsRenderData(lang: string): { story: StoryView; statics: EditionStatics } {
  const story = loadStoryView(lang);
  return { story, statics: editionStatics(lang, story) };
}

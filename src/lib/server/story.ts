/**
 * story.yaml → the StoryView the page and the embed draw. Runs at build time (prerender) and
 * in the dev server; any problem in the file stops here with every located message.
 */
import storyYaml from '$lib/data/story.yaml?raw';
import { validateStoryText } from '$lib/data/validate';
import { StoryDataError } from '$lib/data/problems';
import { collectFigures, computeCalc } from '$lib/data/figures';
import { SCENE_STATES, type Story } from '$lib/data/schema';
import { plainText, renderCopy } from '$lib/text/markup';
import type { StoryView } from '$lib/types';
import { buildGeometry, projectPoint } from './geometry';
import { sourceName } from '$lib/text/sources';
import { textDirection } from '$lib/scenes/direction';

const dateLabel = (iso: string, month: 'long' | 'short' = 'long') =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' });

export function parseStory(text: string = storyYaml): Story {
  const { story, problems } = validateStoryText(text);
  if (!story) throw new StoryDataError(problems);
  return story;
}

export function toView(story: Story): StoryView {
  const figures = collectFigures(story);
  const copy = (t: string) => renderCopy(t, figures);
  const geo = buildGeometry(story);

  return {
    meta: {
      headline: copy(story.meta.headline),
      headlineText: plainText(copy(story.meta.headline)),
      dek: copy(story.meta.dek),
      dekText: plainText(copy(story.meta.dek)),
      published: story.meta.published,
      publishedLabel: dateLabel(story.meta.published),
      byline: story.meta.byline,
      credits: copy(story.meta.credits),
      language: story.meta.language,
      dir: textDirection(story.meta.language),
      siteUrl: story.meta.site_url,
      siteName: story.meta.site_name
    },
    intro: story.intro.map(copy),
    steps: story.steps.map((s, index) => ({
      id: s.id,
      index,
      scene: s.scene,
      state: s.state ?? SCENE_STATES[s.scene][0],
      kicker: copy(s.kicker),
      text: copy(s.text),
      alt: plainText(copy(s.alt)),
      credit: s.sources.map((id) => sourceName(story.sources, id)).join(', ')
    })),
    outro: story.outro.map(copy),
    method: story.method.map(copy),
    sources: story.sources,
    numbers: {
      missile: story.missile,
      attacks: story.attacks,
      drone: story.drone,
      radar: story.radar,
      traffic: story.traffic,
      alarmed: story.alarmed
    },
    calc: computeCalc(story),
    events: story.events.map((e) => {
      const pt = e.lat !== undefined && e.lon !== undefined ? projectPoint(e.lat, e.lon) : undefined;
      return {
        date: e.date,
        dateLabel: dateLabel(e.date, 'short'),
        ship: e.ship,
        what: plainText(copy(e.what)),
        approximate: e.approximate ?? false,
        ...(pt ? { x: pt[0], y: pt[1] } : {})
      };
    }),
    geo
  };
}

/** The whole story, loaded and checked once per build. */
let cached: StoryView | undefined;
export function loadStoryView(): StoryView {
  if (import.meta.env?.DEV) return toView(parseStory());
  return (cached ??= toView(parseStory()));
}

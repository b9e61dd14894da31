/**
 * One edition of the story: story.yaml's figures with one locale file's words put beside them, in
 * the shape the figure maths, geometry and view code read (a place has its name, a step its text).
 * Nothing here formats or translates; it only joins two validated files by id.
 */
import type { StoryData } from './schema';
import type { Words } from './locale-schema';

export interface Edition {
  /** The locale file's name: "en", "ar" (the URL segment; "en" is served at the site root). */
  lang: string;
  tag: string;
  dir: 'ltr' | 'rtl';
  numerals: 'latn' | 'arab';
  name: string;
  /** The link text other editions show to this one, in this edition's language. */
  switch: string;
}

export type Place = StoryData['places'][number] & { name: string };
export type StoryEvent = StoryData['events'][number] & { ship: string; what: string };
export type Source = StoryData['sources'][number] & { name: string; title: string };
export type Step = StoryData['steps'][number] & { kicker: string; text: string; alt: string; caption: string };

export interface Story extends Omit<StoryData, 'meta' | 'missile' | 'attacks' | 'drone' | 'traffic' | 'places' | 'shipping_lane' | 'events' | 'alarmed' | 'sources' | 'steps'> {
  edition: Edition;
  meta: StoryData['meta'] & Words['meta'];
  missile: StoryData['missile'] & Words['missile'];
  attacks: StoryData['attacks'] & Words['attacks'];
  drone: StoryData['drone'] & Words['drone'];
  traffic: StoryData['traffic'] & Words['traffic'];
  places: Place[];
  shipping_lane: StoryData['shipping_lane'] & Words['shipping_lane'];
  events: StoryEvent[];
  /** Who is alarmed, named in this edition's language, in story.yaml's order. */
  alarmed: string[];
  sources: Source[];
  steps: Step[];
  intro: string[];
  outro: string[];
  method: string[];
  /** Every word of the locale file (page, embed code, units, scenes …). */
  words: Words;
}

/** Join by id. A word missing for an id (possible only in `npm run dev`'s fallback) shows the id. */
export function mergeEdition(data: StoryData, words: Words, lang: string): Story {
  const { tag, dir, numerals, name } = words.locale;
  return {
    ...data,
    edition: { lang, tag, dir, numerals, name, switch: words.locale.switch },
    meta: { ...data.meta, ...words.meta },
    missile: { ...data.missile, ...words.missile },
    attacks: { ...data.attacks, ...words.attacks },
    drone: { ...data.drone, ...words.drone },
    traffic: { ...data.traffic, ...words.traffic },
    places: data.places.map((p) => ({ ...p, name: words.places[p.id] ?? p.id })),
    shipping_lane: { ...data.shipping_lane, ...words.shipping_lane },
    events: data.events.map((e) => ({ ...e, ship: words.events[e.id]?.ship ?? e.id, what: words.events[e.id]?.what ?? e.id })),
    alarmed: data.alarmed.map((id) => words.alarmed[id] ?? id),
    sources: data.sources.map((s) => ({ ...s, name: words.sources[s.id]?.name ?? s.id, title: words.sources[s.id]?.title ?? s.id })),
    steps: data.steps.map((s) => ({ ...s, kicker: words.steps[s.id]?.kicker ?? s.id, text: words.steps[s.id]?.text ?? s.id, alt: words.steps[s.id]?.alt ?? s.id, caption: words.steps[s.id]?.caption ?? s.id })),
    intro: words.intro,
    outro: words.outro,
    method: words.method,
    words
  };
}

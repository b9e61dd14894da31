/** What the build hands the page: copy already rendered to tokens, geometry already projected. */
import type { Inline } from '$lib/text/markup';
import type { Calc } from '$lib/data/figures';
import type { Rect } from '$lib/geo/projection';
import type { SceneId } from '$lib/data/schema';
import type { Story } from '$lib/data/edition';
import type { NumberStyle } from '$lib/i18n/numbers';
import type { Words } from '$lib/data/locale-schema';

export interface MapPlace {
  id: string;
  name: string;
  x: number;
  y: number;
  control: 'houthi' | 'government' | 'other';
  kind: string;
  approximate: boolean;
  /** Side of the dot the name sits on. */
  label: 'right' | 'left' | 'above' | 'below';
  /** A range ring is drawn from this place. */
  launch: boolean;
}

/** A labelled great-circle distance between two places (km computed from their coordinates). */
export interface MapDistance {
  from: string;
  to: string;
  km: number;
  d: string;
}

export interface MapRing {
  id: string;
  name: string;
  x: number;
  y: number;
  d: string;
}

export interface MapEvent {
  id: string;
  date: string;
  dateLabel: string;
  ship: string;
  what: string;
  approximate: boolean;
  x?: number;
  y?: number;
}

export interface MapGeometry {
  /** View rectangles in projected units (≈ km). */
  /** region: Moscow to the Arabian Sea; redsea: Jizan to the Gulf of Aden; range: the Red Sea view grown to hold every range ring whole. */
  views: { region: Rect; redsea: Rect; range: Rect };
  places: MapPlace[];
  rings: MapRing[];
  /** Outer edge of the area all rings cover, and the filled area itself. */
  reachOutline: string;
  houthiCoast: string;
  lane: { label: string; d: string; labelAt: [number, number] };
  distances: MapDistance[];
  /** Events that have coordinates, projected, with their label side. */
  eventMarks: { id: string; ship: string; date: string; x: number; y: number; label: 'right' | 'left' | 'above' | 'below' }[];
  routes: { direct: string; viaTehran: string };
  /** Projected units per kilometre near the Red Sea (for the scale bar). */
  unitsPerKm: number;
}

export interface StepView {
  id: string;
  index: number;
  scene: SceneId;
  state: string;
  kicker: Inline[];
  text: Inline[];
  alt: string;
  /** The alt as read out with the step ("Graphic: …"). */
  altLabel: string;
  /** The credit line under the graphic ("Source: Reuters, Natural Earth"). */
  credit: string;
  /** One line printed on the step's static images (social cards), figures filled in. */
  caption: string;
  /** The alt of the step's static images: kicker, caption, alt and credit (all printed on them). */
  imageAlt: string;
}

/** This edition and the links to the others (discovered from the locale files). */
export interface EditionView {
  lang: string;
  tag: string;
  dir: 'ltr' | 'rtl';
  name: string;
  /** Path of this edition's pages from the site root: "" for English, "/ar" for Arabic. */
  base: string;
  others: { lang: string; tag: string; dir: 'ltr' | 'rtl'; name: string; switch: string; base: string }[];
}

/** What the graphics fill in as they move: numbers in the edition's digits, unit templates. */
export interface LiveWords {
  numbers: NumberStyle;
  units: Words['units'];
}

/** Every word the page and its graphics show, already rendered at build time. */
export interface ViewWords {
  page: {
    title: string;
    shareImageAlt: string;
    byline: string;
    skipGraphics: string;
    graphicsLabel: string;
    sourcesTitle: string;
    editionsLabel: string;
    sources: { id: string; url: string; name: string; title: string; line: string }[];
  };
  map: {
    label: string;
    withinRange: string;
    launchPoints: string;
    houthiCoast: string;
    lane: string;
    distancesFrom: string;
    route: Inline[];
    routeViaTehran: Inline[];
  };
  weapon: Omit<Record<keyof Words['scenes']['weapon'], string>, never>;
  speed: {
    clock: string;
    missileSpeed: string;
    droneSpeed: string;
    launch: string;
    target: string;
    barsTitle: string;
    arrives: { missile: Inline[]; drone: Inline[] };
    ratio: Inline[];
  };
  attacks: { mapLabel: string; countText: string; countWhat: string; keyCount: string; keyCompare: string; dateShipSeparator: string };
  stakes: { title: string; before: string; change: Inline[]; alarmedTitle: string };
  /** asOf: "As of 2 December 2024", the date printed on the statics (cards outlive updates). */
  shareImage: { rangeLine: string; asOf: string };
}

export type Numbers = Pick<Story, 'missile' | 'attacks' | 'drone' | 'radar' | 'traffic' | 'alarmed'>;

export interface StoryView {
  edition: EditionView;
  words: ViewWords;
  live: LiveWords;
  /** The attack timeline's axis, its ticks labelled in the edition's language. */
  timeline: { start: string; end: string; ticks: { date: string; label: string }[] };
  /** Dev server only: the locale file's problems, shown over the page while it falls back. */
  problems?: string[];
  meta: {
    headline: Inline[];
    headlineText: string;
    dek: Inline[];
    dekText: string;
    published: string;
    publishedLabel: string;
    byline: string;
    credits: Inline[];
    /** The edition's language tag (en-GB, ar) and direction, from its locale file. */
    language: string;
    /** The language's script (ISO 15924, "Latn"), worked out at build time: the layout picks the
     *  typeface by it, and Intl's likely-subtags lookup cost a slow phone ~40 ms of hydration. */
    script: string;
    dir: 'ltr' | 'rtl';
    siteUrl: string;
    siteName: string;
  };
  intro: Inline[][];
  steps: StepView[];
  outro: Inline[][];
  method: Inline[][];
  sources: Story['sources'];
  numbers: Numbers;
  calc: Calc;
  events: MapEvent[];
  geo: MapGeometry;
}

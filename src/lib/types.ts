/** What the build hands the page: copy already rendered to tokens, geometry already projected. */
import type { Inline } from '$lib/text/markup';
import type { Calc } from '$lib/data/figures';
import type { Rect } from '$lib/geo/projection';
import type { SceneId, Story } from '$lib/data/schema';

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
  views: { region: Rect; redsea: Rect };
  places: MapPlace[];
  rings: MapRing[];
  /** Outer edge of the area all rings cover, and the filled area itself. */
  reachOutline: string;
  houthiCoast: string;
  lane: { label: string; d: string; labelAt: [number, number] };
  distances: MapDistance[];
  /** Events that have coordinates, projected, with their label side. */
  eventMarks: { ship: string; date: string; x: number; y: number; label: 'right' | 'left' | 'above' | 'below' }[];
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
  credit: string;
}

export type Numbers = Pick<Story, 'missile' | 'attacks' | 'drone' | 'radar' | 'traffic' | 'alarmed'>;

export interface StoryView {
  meta: {
    headline: Inline[];
    headlineText: string;
    dek: Inline[];
    dekText: string;
    published: string;
    publishedLabel: string;
    byline: string;
    credits: Inline[];
    language: string;
    /** Writing direction of the edition's language: graphics run time and progress in this direction. */
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

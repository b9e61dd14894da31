/**
 * The shape of a locale file (locales/<lang>.yaml): every word of one edition. The sections keyed
 * by ids (places, events, alarmed, sources, steps) are records here; locale-check.ts holds them to
 * story.yaml's ids, so a missing or extra id is reported like a missing or extra key.
 */
import { z } from 'zod';

const text = z.string().trim().min(1, 'must not be empty');
const words = z.record(z.string(), text);

export const localeSchema = z.strictObject({
  locale: z.strictObject({
    tag: z.string().regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/, 'must be a language tag such as en, en-GB or ar'),
    dir: z.enum(['ltr', 'rtl']),
    numerals: z.enum(['latn', 'arab']),
    name: text,
    switch: text
  }),
  meta: z.strictObject({ site_name: text, headline: text, dek: text, byline: text, credits: text }),
  missile: z.strictObject({ name: text, family_name: text, launcher: text }),
  attacks: z.strictObject({ count_text: text }),
  drone: z.strictObject({ name: text }),
  traffic: z.strictObject({ after_period: text, suez_period: text }),
  places: words,
  shipping_lane: z.strictObject({ label: text }),
  events: z.record(z.string(), z.strictObject({ ship: text, what: text })),
  alarmed: words,
  sources: z.record(z.string(), z.strictObject({ name: text, title: text })),
  intro: z.array(text).min(1),
  steps: z.record(z.string(), z.strictObject({ kicker: text, text, alt: text, caption: text })),
  outro: z.array(text).min(1),
  method: z.array(text).min(1),
  /** Updates and corrections: the page's words for them, and each note's text by its id in story.yaml's notes. */
  notes: z.strictObject({
    updated: text,
    title: text,
    update: text,
    correction: text,
    items: words.nullish()
  }),
  page: z.strictObject({
    title: text,
    share_image_alt: text,
    byline: text,
    skip_graphics: text,
    graphics_label: text,
    graphic_alt: text,
    credit: text,
    sources_title: text,
    source_item: text,
    editions_label: text
  }),
  embed_code: z.strictObject({
    title: text,
    heading: text,
    snippet_title: text,
    snippet_help: text,
    snippet_copy: text,
    snippet_copied: text,
    iframe_title: text,
    iframe_help: text,
    theme_help: text,
    iframe_copy: text,
    iframe_copied: text,
    copy_blocked: text,
    preview_title: text,
    preview_width: text,
    preview_frame: text
  }),
  desk: z.strictObject({
    title: text,
    heading: text,
    lede: text,
    download_all: text,
    step_heading: text,
    alt_label: text,
    format_web: text,
    format_portrait: text,
    format_landscape: text,
    format_print: text,
    theme_light: text,
    theme_dark: text,
    size_px: text,
    size_pt: text,
    download: text,
    links_title: text,
    links_help: text
  }),
  step_page: z.strictObject({ title: text, open: text }),
  image_code: z.strictObject({
    title: text,
    help: text,
    step_label: text,
    theme_label: text,
    copy: text,
    copied: text,
    all_title: text,
    code_label: text
  }),
  share_image: z.strictObject({ range_line: text, as_of: text, image_alt: text }),
  units: z.strictObject({ km: text, m: text, min: text, hours_minutes: text, km_to_go: text }),
  scenes: z.strictObject({
    map: z.strictObject({
      label: text,
      within_range: text,
      launch_points: text,
      main_ring: text,
      houthi_coast: text,
      lane: text,
      distances_from: text,
      route: text,
      route_via_tehran: text
    }),
    weapon: z.strictObject({
      profile_note: text,
      key_high: text,
      key_low: text,
      horizon_note: text,
      horizon: text,
      warning: text,
      radar: text,
      hidden: text,
      missile: text,
      missile_seen: text,
      axis_unit: text
    }),
    speed: z.strictObject({
      clock: text,
      missile_speed: text,
      drone_speed: text,
      arrives: text,
      launch: text,
      target: text,
      bars_title: text,
      ratio: text
    }),
    attacks: z.strictObject({
      map_label: text,
      count_what: text,
      key_count: text,
      // When a square stands for several attacks (past the tally's MAX_MARKS): the count's key without "one attack", and the scale.
      key_count_grouped: text,
      key_compare: text,
      key_scale: text,
      date_ship_separator: text,
      off_map: text,
      events_list: text,
      event_item: text,
      event_item_off_map: text
    }),
    stakes: z.strictObject({ title: text, before: text, change: text, alarmed_title: text })
  })
});

export type Words = z.infer<typeof localeSchema>;

/**
 * The values the code passes to a message (placeholders without a dot), by key path. A message
 * may use these and any figure; `units.*` are filled in the browser (see LIVE_SECTIONS).
 */
export const MESSAGE_ARGS: Record<string, readonly string[]> = {
  'page.title': ['headline', 'site'],
  'page.share_image_alt': ['headline'],
  'page.byline': ['byline', 'date'],
  'notes.updated': ['date'],
  'page.graphic_alt': ['alt'],
  'page.credit': ['sources'],
  'share_image.as_of': ['date'],
  'share_image.image_alt': ['kicker', 'caption', 'alt', 'credit'],
  'page.source_item': ['name', 'title'],
  'embed_code.title': ['headline', 'site'],
  'embed_code.preview_width': ['width'],
  'embed_code.preview_frame': ['headline', 'width'],
  'desk.title': ['headline', 'site'],
  'desk.download_all': ['count'],
  'desk.step_heading': ['n', 'kicker'],
  'desk.size_px': ['width', 'height'],
  'desk.size_pt': ['width', 'height'],
  'desk.download': ['file'],
  'step_page.title': ['kicker', 'headline'],
  'image_code.code_label': ['kicker', 'theme'],
  'units.km': ['n'],
  'units.m': ['n'],
  'units.min': ['n'],
  'units.hours_minutes': ['h', 'm'],
  'units.km_to_go': ['n'],
  'scenes.map.launch_points': ['places'],
  'scenes.map.main_ring': ['place'],
  'scenes.map.lane': ['lane'],
  'scenes.map.distances_from': ['places'],
  'scenes.speed.arrives': ['time'],
  'scenes.attacks.count_what': ['source'],
  'scenes.attacks.key_count': ['source'],
  'scenes.attacks.key_count_grouped': ['source'],
  'scenes.attacks.key_compare': ['source'],
  'scenes.attacks.key_scale': ['per'],
  'scenes.attacks.event_item': ['date', 'ship', 'what'],
  'scenes.attacks.event_item_off_map': ['date', 'ship', 'what'],
  'scenes.stakes.change': ['change', 'source']
};

/**
 * Sections whose messages the browser fills as the graphic moves: only their own values ({n}), no
 * figures; word forms by plural like the copy's, chosen for the number on screen (i18n/live.ts).
 */
export const LIVE_SECTIONS = ['units'] as const;

/** Sections that are settings, not messages. */
export const NOT_MESSAGES = ['locale'] as const;

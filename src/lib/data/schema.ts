/**
 * The shape of story.yaml: figures, coordinates, dates, ids and sources' addresses, once for every
 * edition (the words are in locales/<lang>.yaml, see locale-schema.ts). Types only: cross-field rules (placeholders, ids, dates in range)
 * live in consistency.ts so that each message can name its own key path.
 */
import { z } from 'zod';

export const SCENES = ['deal', 'weapon', 'range', 'speed', 'attacks', 'stakes'] as const;
export type SceneId = (typeof SCENES)[number];

/** The states each scene knows; a step may pick one. The first is the default. */
export const SCENE_STATES: Record<SceneId, readonly string[]> = {
  deal: ['route', 'iran'],
  weapon: ['profile', 'horizon'],
  range: ['rings'],
  speed: ['race'],
  attacks: ['count', 'events'],
  stakes: ['traffic']
};

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => isRealDate(s), 'must be a real calendar date');
const id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be lowercase letters, digits or _ (e.g. port_sudan)');
const lat = z.number().min(-90).max(90);
const lon = z.number().min(-180).max(180);
const latLon = z.tuple([lat, lon]);
const positive = z.number().positive().finite();
const httpsUrl = z.url({ protocol: /^https?$/, error: 'must be a web address starting with https://' });

/** A colour as #rrggbb (in YAML it must be quoted: an unquoted # starts a comment). */
const hexColour = z.string().trim().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written "#rrggbb" in quotes, e.g. "#d4461f"');
/** Font names separated by commas; a name with digits or other signs in quotes. Nothing else can reach the CSS. */
const FONT_NAME = String.raw`(?:'[A-Za-z0-9 ._-]+'|"[A-Za-z0-9 ._-]+"|[A-Za-z][A-Za-z-]*(?: [A-Za-z][A-Za-z-]*)*)`;
const fontStack = z
  .string()
  .trim()
  .max(200)
  .regex(new RegExp(`^${FONT_NAME}(?:\\s*,\\s*${FONT_NAME})*$`), "must be font names separated by commas, a name with digits in quotes, e.g. \"'Source Serif 4', Georgia, serif\"");

export function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const placeSchema = z.strictObject({
  id,
  lat,
  lon,
  control: z.enum(['houthi', 'government', 'other']),
  kind: z.enum(['port', 'island', 'town', 'capital', 'strait']),
  approximate: z.boolean().optional(),
  /** Which side of its dot the name sits on the maps (default right). */
  label: z.enum(['right', 'left', 'above', 'below']).optional()
});

export const eventSchema = z.strictObject({
  /** Names the event in each locale file (its ship and what happened). */
  id,
  date: isoDate,
  lat: lat.optional(),
  lon: lon.optional(),
  approximate: z.boolean().optional(),
  /** Named on the map and the timeline when there are too many events to name all (default false). */
  notable: z.boolean().optional(),
  /** Which side of its dot the ship's name sits on the map (default right). */
  label: z.enum(['right', 'left', 'above', 'below']).optional()
});

export const sourceSchema = z.strictObject({
  id,
  url: httpsUrl,
  date: isoDate
});

/** An update or a correction to the published story: its date here, its words in each locale file (notes.items). */
export const noteSchema = z.strictObject({
  id,
  date: isoDate,
  kind: z.enum(['update', 'correction'])
});

export const stepSchema = z.strictObject({
  id,
  scene: z.enum(SCENES),
  state: z.string().optional(),
  sources: z.array(id).min(1)
});

export const storySchema = z.strictObject({
  meta: z.strictObject({
    site_url: httpsUrl.refine((u) => !u.endsWith('/'), 'must not end with /'),
    published: isoDate
  }),
  /** The newsroom's look: optional; the design's own colours and fonts otherwise. */
  theme: z
    .strictObject({
      accent: hexColour.optional(),
      font_text: fontStack.optional(),
      font_labels: fontStack.optional()
    })
    .optional(),
  missile: z.strictObject({
    range_km: positive.max(5000),
    range_low_km: positive.max(5000),
    speed_mach: positive.max(30),
    skim_min_m: positive.max(1000),
    skim_max_m: positive.max(1000),
    warhead_kg_min: positive.max(10000),
    warhead_kg_max: positive.max(10000)
  }),
  attacks: z.strictObject({
    count: z.number().int().nonnegative().max(10000),
    since: isoDate,
    source: id,
    // Optional: another tracker's (larger) count, drawn as outlined marks after the story's own.
    compare_count: z.number().int().nonnegative().max(10000).optional(),
    compare_source: id.optional(),
    compare_until: isoDate.optional()
  }),
  drone: z.strictObject({ speed_kmh: positive.max(5000) }),
  radar: z.strictObject({
    antenna_height_m: positive.max(500),
    target_height_m: positive.max(20000)
  }),
  traffic: z.strictObject({
    before: z.number().nonnegative().max(1e6),
    after: z.number().nonnegative().max(1e6),
    suez_drop_pct: z.number().min(0).max(100),
    source: id
  }),
  places: z.array(placeSchema).min(1),
  launch_points: z.array(id).min(1).max(8),
  houthi_coast: z.array(latLon).min(2),
  shipping_lane: z.strictObject({ points: z.array(latLon).min(2), label_at: latLon.optional() }),
  /** Pairs of place ids [from, to]: the range map draws each as a line labelled with its distance. */
  distances: z.array(z.tuple([id, id])).max(6).optional(),
  events: z.array(eventSchema),
  /** Who is alarmed, as ids: each locale file names them. */
  alarmed: z.array(id).min(1),
  sources: z.array(sourceSchema).min(1),
  steps: z.array(stepSchema).min(1),
  /** Updates and corrections since publication, oldest first (optional). */
  notes: z.array(noteSchema).optional()
});

/** story.yaml as written: figures only. The page draws a Story (edition.ts): these plus one locale's words. */
export type StoryData = z.infer<typeof storySchema>;
export type { Story, Place, StoryEvent, Source, Step } from './edition';
export type LatLon = [number, number];

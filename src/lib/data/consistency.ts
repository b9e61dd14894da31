/**
 * Rules that need more than one field: references between ids, placeholders, scene states,
 * dates in range, coordinates on the map. Each returns problems with the key path to blame.
 */
import type { StoryData as Story } from './schema';
import { SCENE_STATES } from './schema';
import type { PathPart } from './problems';
import { EVENT_AREA, inBounds, REGION, RED_SEA } from './bounds';
import { inland } from './sea';
import { hint } from './suggest';
import { accentShortfalls, formatRatio } from '../theme/accent';

export interface RawProblem {
  severity: 'error' | 'warning';
  path: PathPart[];
  message: string;
  expected?: string;
  got?: string;
  /** Text inside the value to point the column at (e.g. the typed figure). */
  find?: string;
}

/** Places the scenes draw by id: the deal route needs these to exist. */
export const REQUIRED_PLACES = ['moscow', 'tehran', 'sanaa', 'hodeidah', 'bab_el_mandeb'] as const;

function duplicates<T>(items: T[], key: (t: T) => string): number[] {
  const seen = new Set<string>();
  const dup: number[] = [];
  items.forEach((it, i) => (seen.has(key(it)) ? dup.push(i) : seen.add(key(it))));
  return dup;
}

export function checkConsistency(story: Story, today: string): RawProblem[] {
  const problems: RawProblem[] = [];
  const err = (path: PathPart[], message: string, expected?: string, got?: string) =>
    problems.push({ severity: 'error', path, message, expected, got });

  const placeIds = story.places.map((p) => p.id);
  const sourceIds = story.sources.map((s) => s.id);
  const list = (ids: string[]) => ids.join(', ');

  for (const i of duplicates(story.places, (p) => p.id)) err(['places', i, 'id'], 'is used by another place', 'a unique id', story.places[i].id);
  for (const i of duplicates(story.sources, (s) => s.id)) err(['sources', i, 'id'], 'is used by another source', 'a unique id', story.sources[i].id);
  for (const i of duplicates(story.steps, (s) => s.id)) err(['steps', i, 'id'], 'is used by another step', 'a unique id', story.steps[i].id);
  for (const i of duplicates(story.events, (e) => e.id)) err(['events', i, 'id'], 'is used by another event', 'a unique id', story.events[i].id);
  for (const i of duplicates(story.alarmed, (id) => id)) err(['alarmed', i], 'is listed twice', 'a unique id', story.alarmed[i]);
  const notes = story.notes ?? [];
  for (const i of duplicates(notes, (n) => n.id)) err(['notes', i, 'id'], 'is used by another note', 'a unique id', notes[i].id);
  notes.forEach((n, i) => {
    if (n.date < story.meta.published) err(['notes', i, 'date'], `is before the story was published (meta.published ${story.meta.published})`, `a date on or after ${story.meta.published}`, n.date);
    else if (n.date > today) err(['notes', i, 'date'], 'is in the future', `a date on or before ${today}`, n.date);
  });

  for (const id of REQUIRED_PLACES)
    if (!placeIds.includes(id)) err(['places'], `needs a place with id ${id} (the maps draw it)`, `a place with id: ${id}`, 'none');

  story.launch_points.forEach((id, i) => {
    if (!placeIds.includes(id)) err(['launch_points', i], 'is not the id of a place' + hint(id, placeIds), `one of ${list(placeIds)}`, id);
  });
  (story.distances ?? []).forEach((pair, i) =>
    pair.forEach((id, j) => {
      if (!placeIds.includes(id)) err(['distances', i, j], 'is not the id of a place', `one of ${list(placeIds)}`, id);
    })
  );
  if (story.shipping_lane.label_at && !inBounds(RED_SEA, ...story.shipping_lane.label_at))
    err(['shipping_lane', 'label_at'], `is outside ${RED_SEA.label}`, 'a point inside the map', story.shipping_lane.label_at.join(', '));
  if (!sourceIds.includes(story.attacks.source))
    err(['attacks', 'source'], 'is not the id of a source' + hint(story.attacks.source, sourceIds), `one of ${list(sourceIds)}`, story.attacks.source);
  const compare = [story.attacks.compare_count, story.attacks.compare_source, story.attacks.compare_until];
  if (compare.some((v) => v !== undefined) && compare.some((v) => v === undefined))
    err(['attacks'], 'has only some of compare_count, compare_source and compare_until', 'all three or none', ['compare_count', 'compare_source', 'compare_until'].filter((_, i) => compare[i] !== undefined).join(', '));
  if (story.attacks.compare_source !== undefined && !sourceIds.includes(story.attacks.compare_source))
    err(['attacks', 'compare_source'], 'is not the id of a source' + hint(story.attacks.compare_source, sourceIds), `one of ${list(sourceIds)}`, story.attacks.compare_source);
  if (story.attacks.compare_until !== undefined && story.attacks.compare_until < story.attacks.since)
    err(['attacks', 'compare_until'], 'is before attacks.since', `a date on or after ${story.attacks.since}`, story.attacks.compare_until);
  if (!sourceIds.includes(story.traffic.source))
    err(['traffic', 'source'], 'is not the id of a source' + hint(story.traffic.source, sourceIds), `one of ${list(sourceIds)}`, story.traffic.source);

  // The accent draws the missile's bars on the page and its rings over the maps. Faint on either theme's
  // background: refused. Faint only on the sea or land of a map: a warning (the rings' dashes stay visible).
  const accent = story.theme?.accent;
  if (accent)
    for (const theme of ['light', 'dark'] as const) {
      const faint = accentShortfalls(accent).filter((f) => f.theme === theme);
      const bg = faint.find((f) => f.surface === 'background');
      const f = bg ?? faint[0];
      if (!f) continue;
      problems.push({
        severity: bg ? 'error' : 'warning',
        path: ['theme', 'accent'],
        message: `stands out too little from the ${theme} theme's ${f.surface} (${f.colour}): ${formatRatio(f.ratio)}` + (bg ? '' : '; the range rings over it will be faint'),
        expected: bg ? 'a contrast of 3:1 or more against the light and the dark theme' : `3:1 or more against the ${f.surface} too`,
        got: `${formatRatio(f.ratio)} for ${accent}`
      });
    }

  story.steps.forEach((s, i) => {
    const states = SCENE_STATES[s.scene];
    if (s.state !== undefined && !states.includes(s.state))
      err(['steps', i, 'state'], `is not a state of the ${s.scene} scene` + hint(s.state, states), `one of ${list([...states])}`, s.state);
    s.sources.forEach((src, j) => {
      if (!sourceIds.includes(src)) err(['steps', i, 'sources', j], 'is not the id of a source' + hint(src, sourceIds), `one of ${list(sourceIds)}`, src);
    });
  });

  story.places.forEach((p, i) => {
    if (!inBounds(REGION, p.lat, p.lon)) err(['places', i], `is outside ${REGION.label}`, 'a point inside the map', `${p.lat}, ${p.lon}`);
  });
  story.events.forEach((e, i) => {
    if ((e.lat === undefined) !== (e.lon === undefined))
      err(['events', i, e.lat === undefined ? 'lat' : 'lon'], 'needs both lat and lon, or neither', 'both', 'only one');
    // Anywhere at sea from Suez to 60°E: the events map draws it, or lists it as off the map.
    else if (e.lat !== undefined && e.lon !== undefined && !inBounds(EVENT_AREA, e.lat, e.lon))
      err(['events', i], `is outside ${EVENT_AREA.label}`, 'a point at sea between Suez and 60°E', `${e.lat}, ${e.lon}`);
    else if (e.lat !== undefined && e.lon !== undefined && inland(e.lat, e.lon))
      err(['events', i], 'is on land (more than 3 km from the sea); an attack on a ship needs a point at sea (check the sign and order of lat and lon)', 'a point at sea', `${e.lat}, ${e.lon}`);
    if (e.date > today) err(['events', i, 'date'], 'is in the future', `a date on or before ${today}`, e.date);
    if (e.date < story.attacks.since) err(['events', i, 'date'], 'is before attacks.since', `a date on or after ${story.attacks.since}`, e.date);
  });
  story.houthi_coast.forEach(([la, lo], i) => {
    if (!inBounds(RED_SEA, la, lo)) err(['houthi_coast', i], `is outside ${RED_SEA.label}`, 'a point inside the map', `${la}, ${lo}`);
  });
  story.shipping_lane.points.forEach(([la, lo], i) => {
    if (!inBounds(RED_SEA, la, lo)) err(['shipping_lane', 'points', i], `is outside ${RED_SEA.label}`, 'a point inside the map', `${la}, ${lo}`);
  });
  if (story.attacks.since > today) err(['attacks', 'since'], 'is in the future', `a date on or before ${today}`, story.attacks.since);
  if (story.missile.skim_min_m > story.missile.skim_max_m)
    err(['missile', 'skim_min_m'], 'is above missile.skim_max_m', `at most ${story.missile.skim_max_m}`, String(story.missile.skim_min_m));
  if (story.missile.warhead_kg_min > story.missile.warhead_kg_max)
    err(['missile', 'warhead_kg_min'], 'is above missile.warhead_kg_max', `at most ${story.missile.warhead_kg_max}`, String(story.missile.warhead_kg_min));

  for (const { path, text } of allStrings(story, [])) {
    const tag = HTML_TAG.exec(text);
    if (tag)
      problems.push({
        severity: 'error',
        path,
        message: 'contains HTML, which the page would show as typed (it is never run); use **bold**, *italic* or [text](https://…)',
        expected: 'plain text with story markup',
        got: JSON.stringify(tag[0].length > 30 ? tag[0].slice(0, 29) + '…' : tag[0]),
        find: tag[0]
      });
  }
  return problems;
}

export const HTML_TAG = /<\/?[a-z][a-z0-9-]*\b[^>]*>|<!--/i;

/** Every string in the story with its path: any of them can end up as text on the page. */
export function allStrings(value: unknown, path: PathPart[]): { path: PathPart[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => allStrings(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => allStrings(v, [...path, k]));
  return [];
}

/**
 * The events' timeline at any count, laid out for its frame (pure: the scene only draws it).
 * Few events: a row each, its date and ship named. More than the frame has rows for: one axis with
 * a mark per event, the notable ones named in lanes above it (greedy, the earliest first; a name
 * that fits no lane is left out). Tick labels are thinned until they fit the width.
 */
import { estimateWidth, labelBox, placeGreedy, placeLabel, sidesFrom, textBox, type Box, type LabelBox, type Side } from './labels';
import type { Dir } from './direction';

export interface TimelineSizes {
  /** Type size (px) and a row's height. */
  size: number;
  row: number;
}

/** Padding around the timeline's SVG inside the graphic (the scene's CSS: 0.5rem above, 2rem below). */
export const TIMELINE_PAD = 8 + 32;
/** The map keeps at least this share of the frame: rows are used only while they leave it more. */
export const ROWS_MAX_SHARE = 0.55;
/** Lanes of names above the compact axis. */
export const LANES = 3;

/** Height (px) of the timeline in rows, one per event, with its tick labels (and a key line). */
export function rowsHeight(n: number, s: TimelineSizes, key: boolean): number {
  return s.row * (n + 1) + 28 + (key ? s.row : 0) + TIMELINE_PAD;
}

/** Rows while every event's row fits in ROWS_MAX_SHARE of the frame's height; else the compact axis. */
export function timelineMode(n: number, frameHeight: number, s: TimelineSizes, key: boolean): 'rows' | 'compact' {
  return n > 0 && rowsHeight(n, s, key) <= ROWS_MAX_SHARE * frameHeight ? 'rows' : 'compact';
}

/** The compact axis's vertical layout (px from the SVG's top). */
export function compactLayout(s: TimelineSizes, key: boolean) {
  const lane = Math.round(s.size * 1.35);
  const marks = 14; // an event's mark: a stroke this tall standing on the axis
  const axis = LANES * lane + 6 + marks;
  const ticks = axis + 6 + s.size;
  const keyY = ticks + lane;
  return { lane, marks, axis, ticks, keyY, height: (key ? keyY : ticks) + 0.4 * s.size + 2 };
}

/** Baseline of lane `k` (0 nearest the axis). */
export const laneY = (k: number, lane: number, size: number) => (LANES - 1 - k) * lane + size;

export interface NamedMark {
  id: string;
  /** The mark's x (px). */
  x: number;
  name: string;
}

/**
 * Names for the compact axis, in order (the earliest first): each in the lowest lane where its box
 * (centred on its mark, shifted to stay inside 0..width) meets no other name and no leader line from
 * a higher name down to its mark crosses it. Returns the placed ones: the name's centre x and lane.
 */
export function laneNames(marks: NamedMark[], width: number, s: TimelineSizes, axisTop: number): { id: string; x: number; lane: number }[] {
  const lane = Math.round(s.size * 1.35);
  const pad = 4; // room between two names on a lane
  const candidates = marks.map((m) => {
    const w = estimateWidth(m.name, s.size) + pad;
    const cx = Math.min(width - w / 2, Math.max(w / 2, m.x));
    return Array.from({ length: LANES }, (_, k) => {
      const y = laneY(k, lane, s.size);
      const name = textBox({ x: cx, y, anchor: 'middle' }, w, 1, s.size);
      // The leader from under the name down to the mark, 2 px wide.
      const leader: Box = [m.x - 1, name[3], m.x + 1, axisTop];
      return [name, leader];
    });
  });
  const at = placeGreedy(candidates, [], [0, -Infinity, width, Infinity]);
  return marks.flatMap((m, i) => {
    const k = at[i];
    if (k === null) return [];
    const box = candidates[i][k][0];
    return [{ id: m.id, x: (box[0] + box[2]) / 2, lane: k }];
  });
}

export interface Tick {
  date: string;
  label: string;
  /** The label with its year, for the first tick shown. */
  full: string;
}

/**
 * The ticks to label: every tick (one per quarter) if their labels fit the width side by side, else
 * every second (January and July), every fourth (January), and so on; the first one shown carries
 * its year. A label centred on its tick that would run past either end is moved in (its tick still
 * under it). Returns each label's date, words and centre x.
 */
export function thinTicks(ticks: Tick[], x: (date: string) => number, width: number, size: number): { date: string; label: string; x: number }[] {
  const month = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
  const box = (date: string, label: string) => {
    const w = estimateWidth(label, size);
    const cx = Math.min(width - w / 2, Math.max(w / 2, x(date)));
    return { date, label, x: cx, l: cx - w / 2, r: cx + w / 2 };
  };
  for (let every = 3; ; every *= 2) {
    const kept = ticks.filter((t) => month(t.date) % every === 0);
    // Only the first label carries its year (January's always do).
    const shown = kept.map((t, i) => box(t.date, i === 0 ? t.full : t.label));
    // Left to right on screen (a right-to-left axis runs the other way).
    const sorted = [...shown].sort((a, b) => a.l - b.l);
    const apart = sorted.every((b, i) => i === 0 || b.l >= sorted[i - 1].r + 8);
    if (apart || kept.length <= 1) return shown.map(({ date, label, x }) => ({ date, label, x }));
  }
}

export interface MapMark {
  id: string;
  x: number;
  y: number;
  ship?: string;
  label: Side;
  notable: boolean;
}

/** A mark's ring: radius 5 plus half its 1.5 stroke; a mark left unnamed among many: 3.5 and 0.5. */
export const RING = 5.75;
export const DOT = 3.75;
/** The reference place's key among mapNames' results (an event id cannot start with #). */
export const REF = '#ref';

/**
 * The events map's names: the notable events' first (oldest first), then, when `all`, the others;
 * then the reference place. Each on its own side of its mark, else above, below or across it, clear
 * of every mark and of the names placed before, inside `rect` (map units, less 4 px); left out when
 * nowhere fits. Returns each placed name's position, by event id (the place under REF).
 */
export function mapNames(
  marks: MapMark[],
  ref: { x: number; y: number; name: string; label: Side } | undefined,
  o: { px: number; size: number; dir: Dir; rect: Box; all: boolean }
): Map<string, LabelBox> {
  const { px, size, dir } = o;
  const r = (m: MapMark) => (o.all || m.notable ? RING : DOT);
  const marksBoxes: Box[] = marks.map((m) => [m.x - r(m) * px, m.y - r(m) * px, m.x + r(m) * px, m.y + r(m) * px]);
  const byDate = marks.filter((m) => m.notable);
  const named = o.all ? [...byDate, ...marks.filter((m) => !m.notable)] : byDate;
  // A mark whose edition has no words for it yet stays a mark without a name.
  const items = [...named.flatMap((m) => (m.ship ? [{ id: m.id, x: m.x, y: m.y, text: m.ship, side: m.label, dotR: r(m) }] : [])), ...(ref ? [{ id: REF, x: ref.x, y: ref.y, text: ref.name, side: ref.label, dotR: 2.5 }] : [])];
  const candidates = items.map((it) => sidesFrom(it.side).map((side) => placeLabel(it.x, it.y, side, px, size, dir, it.dotR)));
  const within: Box = [o.rect[0] + 4 * px, o.rect[1] + 4 * px, o.rect[2] - 4 * px, o.rect[3] - 4 * px];
  const own = items.map((it) => marks.findIndex((m) => m.id === it.id)).map((k) => (k < 0 ? undefined : k));
  const at = placeGreedy(candidates.map((c, i) => c.map((l) => [labelBox(l, items[i].text, px, size, dir)])), marksBoxes, within, own);
  const out = new Map<string, LabelBox>();
  items.forEach((it, i) => {
    const k = at[i];
    if (k !== null) out.set(it.id, candidates[i][k]);
  });
  return out;
}

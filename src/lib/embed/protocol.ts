/**
 * The messages an embedded story and its host page exchange (see shared design EMBED.md).
 * Pure functions only: building the height messages every host script understands, and
 * parsing, validating and clamping whatever arrives. Nothing here evaluates or inserts a
 * message's content; anything unexpected parses to null.
 */
import { STEP_EVENT, type StepEventDetail } from '../scroll/reader-events';

/** The project's own messages: `{ ns, v, type, ... }`. */
export const NS = 'story-embed';
export const VERSION = 1;

/** The height a host may give the iframe, in CSS px. */
export const HEIGHT_MIN = 100;
export const HEIGHT_MAX = 30_000;
/** Beyond this a height is nonsense, not merely large: dropped rather than clamped. */
const HEIGHT_ABSURD = 10 * HEIGHT_MAX;
/** Bounds for viewport numbers (px); anything outside is dropped. */
const VIEW_MAX = 100_000;
const OFFSET_MAX = 10_000_000;

/** pym.js 1.x frames its messages as `pym{D}{id}{D}{type}{D}{payload}`. */
export const PYM_DELIMITER = 'xPYMx';

/** Where the iframe sits in the host's viewport, in host CSS px (the iframe's bounding box). */
export interface HostViewport {
  /** Host viewport width and height. */
  vw: number;
  vh: number;
  /** The iframe's top and bottom edges relative to the host viewport's top. */
  top: number;
  bottom: number;
}

/** The theme a host asks for: `auto` follows the reader's preference (prefers-color-scheme). */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** A theme from an attribute, a query parameter or a message: one of THEMES exactly, else null. */
export const parseTheme = (value: unknown): Theme | null =>
  typeof value === 'string' && (THEMES as readonly string[]).includes(value) ? (value as Theme) : null;

export type OwnMessage =
  | { ns: typeof NS; v: typeof VERSION; type: 'height'; height: number }
  | ({ ns: typeof NS; v: typeof VERSION; type: typeof STEP_EVENT } & StepEventDetail)
  | { ns: typeof NS; v: typeof VERSION; type: 'theme'; theme: Theme }
  | { ns: typeof NS; v: typeof VERSION; type: 'ask' }
  | { ns: typeof NS; v: typeof VERSION; type: 'hello' }
  | ({ ns: typeof NS; v: typeof VERSION; type: 'viewport' } & HostViewport);

export const own = <T extends { type: OwnMessage['type'] }>(body: T) => ({ ns: NS, v: VERSION, ...body }) as const;

/**
 * A height to apply: a finite, non-negative number (pym sends it as a decimal string) clamped
 * to HEIGHT_MIN..HEIGHT_MAX; NaN, negative, absurd or non-numeric values give null.
 */
export function clampHeight(value: unknown): number | null {
  const n = typeof value === 'string' && /^\d{1,7}(\.\d+)?$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !(n >= 0) || n > HEIGHT_ABSURD) return null;
  return Math.min(HEIGHT_MAX, Math.max(HEIGHT_MIN, Math.ceil(n)));
}

const inRange = (n: unknown, lo: number, hi: number): n is number => typeof n === 'number' && n >= lo && n <= hi;

/** A viewport from untrusted numbers, or null if any is missing, non-finite or out of range. */
export function toViewport(vw: unknown, vh: unknown, top: unknown, bottom: unknown): HostViewport | null {
  if (!inRange(vw, 1, VIEW_MAX) || !inRange(vh, 1, VIEW_MAX)) return null;
  if (!inRange(top, -OFFSET_MAX, OFFSET_MAX) || !inRange(bottom, -OFFSET_MAX, OFFSET_MAX) || bottom < top) return null;
  return { vw, vh, top, bottom };
}

/** pym's `viewport-iframe-position` payload: "{vw} {vh} {top} {left} {bottom} {right}". */
export function parsePymViewport(payload: string): HostViewport | null {
  const parts = payload.trim().split(' ');
  if (parts.length !== 6 || !parts.every((p) => /^-?\d+(\.\d+)?(e-?\d+)?$/.test(p))) return null;
  const [vw, vh, top, , bottom] = parts.map(Number);
  return toViewport(vw, vh, top, bottom);
}

/** The pym child id from the iframe's `childId` query parameter, if it is a sane one. */
export function pymChildId(search: string): string | null {
  const id = new URLSearchParams(search).get('childId');
  return id && id.length <= 128 && !id.includes(PYM_DELIMITER) && /^[\w.:-]+$/.test(id) ? id : null;
}

export const pymMessage = (id: string, type: string, payload = ''): string =>
  ['pym', id, type, payload].join(PYM_DELIMITER);

/** Every height message the known host scripts listen for (pym only when there is a child id). */
export function heightMessages(height: number, pymId: string | null, datawrapperKey: string): unknown[] {
  const h = Math.ceil(height);
  const out: unknown[] = [
    { sentinel: 'amp', type: 'embed-size', height: h },
    { 'datawrapper-height': { [datawrapperKey]: h } },
    own({ type: 'height', height: h })
  ];
  if (pymId) out.unshift(pymMessage(pymId, 'height', String(h)));
  return out;
}

/** A step detail from untrusted values (a small index, a step id, a language code), or null. */
export function toStepDetail(index: unknown, id: unknown, edition: unknown): StepEventDetail | null {
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index > 9999) return null;
  if (typeof id !== 'string' || !/^[\w-]{1,80}$/.test(id)) return null;
  if (typeof edition !== 'string' || !/^[a-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/.test(edition)) return null;
  return { index, id, edition };
}

/**
 * A reader event for the host: the project's own message (the snippet re-dispatches it; any
 * host, @newswire/frames included, can listen for it) and, under pym, a `story-step` message whose
 * payload is the detail as JSON (`pymParent.onMessage('story-step', json => …)`).
 */
export function stepMessages(detail: StepEventDetail, pymId: string | null): unknown[] {
  const { index, id, edition } = detail;
  const out: unknown[] = [own({ type: STEP_EVENT, index, id, edition })];
  if (pymId) out.push(pymMessage(pymId, STEP_EVENT, JSON.stringify({ index, id, edition })));
  return out;
}

/** What the child does with a message from its parent window. */
export type ParentMessage = { kind: 'hello' } | { kind: 'viewport'; viewport: HostViewport } | { kind: 'theme'; theme: Theme };

/**
 * Parse a message from the parent window: a greeting (pym's `width`, frames' `frames-init`,
 * our `hello`) asks for the height again; a viewport (pym's `viewport-iframe-position`, our
 * `viewport`) drives the steps; our `theme` switches the colours. Anything else, including pym messages for another child, is null.
 */
export function parseParentMessage(data: unknown, pymId: string | null): ParentMessage | null {
  if (typeof data === 'string') {
    if (!pymId || data.length > 512) return null;
    const head = `pym${PYM_DELIMITER}${pymId}${PYM_DELIMITER}`;
    if (!data.startsWith(head)) return null;
    const rest = data.slice(head.length);
    const cut = rest.indexOf(PYM_DELIMITER);
    if (cut < 0) return null;
    const type = rest.slice(0, cut);
    const payload = rest.slice(cut + PYM_DELIMITER.length);
    if (type === 'width') return /^\d{1,6}$/.test(payload) ? { kind: 'hello' } : null;
    if (type === 'viewport-iframe-position') {
      const viewport = parsePymViewport(payload);
      return viewport ? { kind: 'viewport', viewport } : null;
    }
    return null;
  }
  if (!data || typeof data !== 'object') return null;
  const d = data as Record<string, unknown>;
  if (d.sentinel === 'amp') return d.type === 'frames-init' ? { kind: 'hello' } : null;
  if (d.ns !== NS || d.v !== VERSION) return null;
  if (d.type === 'hello') return { kind: 'hello' };
  if (d.type === 'viewport') {
    const viewport = toViewport(d.vw, d.vh, d.top, d.bottom);
    return viewport ? { kind: 'viewport', viewport } : null;
  }
  if (d.type === 'theme') {
    const theme = parseTheme(d.theme);
    return theme ? { kind: 'theme', theme } : null;
  }
  return null;
}

/** What the parent snippet does with a message from its iframe: a height to apply, a viewport request, or nothing. */
export type ChildMessage = { kind: 'height'; height: number } | { kind: 'ask' } | { kind: 'step'; detail: StepEventDetail };

export function parseChildMessage(data: unknown): ChildMessage | null {
  if (!data || typeof data !== 'object') return null;
  const d = data as Record<string, unknown>;
  if (d.ns !== NS || d.v !== VERSION) return null;
  if (d.type === 'ask') return { kind: 'ask' };
  if (d.type === STEP_EVENT) {
    const detail = toStepDetail(d.index, d.id, d.edition);
    return detail && { kind: 'step', detail };
  }
  if (d.type !== 'height') return null;
  const height = clampHeight(d.height);
  return height === null || typeof d.height !== 'number' ? null : { kind: 'height', height };
}

/**
 * The origin to post to and accept from: the parent's, when the browser tells us
 * (`location.ancestorOrigins`, or the referrer of the first load), else null (unknown).
 */
export function parentOrigin(ancestors: ArrayLike<string> | undefined, referrer: string): string | null {
  const first = ancestors && ancestors.length > 0 ? ancestors[0] : '';
  if (first && first !== 'null') return first;
  try {
    const o = new URL(referrer).origin;
    return o && o !== 'null' ? o : null;
  } catch {
    return null;
  }
}

/**
 * A step's address on the story page: `#step-<id>`, the id of the step's <li>. Shared links (the
 * per-step pages, the embed-code page's linked images) open the story there; without JavaScript it
 * is a plain anchor, with it the scroll engine lands the reader on the step once the page settles.
 * Prefixed, so an editor's step id can never collide with another id of the page.
 */
const PREFIX = 'step-';

/** The element id (and hash, without `#`) of a step. */
export const stepAnchor = (id: string): string => `${PREFIX}${id}`;

/** The step a location hash names (`#step-range` → "range"), or undefined for any other hash. */
export function stepOfHash(hash: string, ids: readonly string[]): string | undefined {
  let name: string;
  try {
    name = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return undefined;
  }
  if (!name.startsWith(PREFIX)) return undefined;
  const id = name.slice(PREFIX.length);
  return ids.includes(id) ? id : undefined;
}

/**
 * Layout has stopped changing once the same sample (rounded to whole pixels: e.g. the page's height
 * and the step's offset) has been seen `frames` frames running. Returns the feed: call it once a
 * frame with that frame's sample; it answers whether the layout has settled.
 */
export function settleWatch(frames: number): (sample: readonly number[]) => boolean {
  let last = '';
  let same = 0;
  return (sample) => {
    const key = sample.map((n) => Math.round(n)).join(',');
    same = key === last ? same + 1 : 0;
    last = key;
    return same >= frames;
  };
}

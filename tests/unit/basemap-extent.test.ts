/**
 * The basemap's land reaches past whatever a map frame shows, for every frame the story's layouts
 * give a map in viewports from 320×400 to 2560×1440, so land never ends at a straight edge.
 */
import { describe, expect, it } from 'vitest';
import { makeProjection, projectBounds, frameRect, clearOfCorner, type Rect } from '$lib/geo/projection';
import { loadStoryView } from '$lib/server/story';
import { buildBasemap, LAND_EXTENT, relativePath } from '$lib/server/basemap';
import { eventsView, REGION_VIEW, RED_SEA_VIEW } from '$lib/server/geometry';
import { EVENTS_MAP } from '$lib/data/bounds';
import { pathPoints } from './path-points';

const WIDTHS = [320, 390, 600, 768, 1023, 1024, 1280, 1440, 1920, 2560];
const HEIGHTS = [400, 543, 544, 700, 844, 1080, 1440];

/** The graphic's box in a viewport (Scrolly.svelte, a11y.css, embed/layout.css: an embed gets the same
 *  boxes from the host's viewport), and whether it is an inline one (print, no JS, short viewports). */
function graphicBox(w: number, h: number): { w: number; h: number; inline: boolean } {
  if (h < 544) {
    // Short viewports: the stacked layout, each graphic inline (4:3, at least 16em high, ≤ 26rem wide).
    const width = Math.min(w - 2 * (w >= 640 ? 24 : 16), 416);
    return { w: width, h: Math.max(256, 0.75 * width), inline: true };
  }
  return w < 1024 ? { w, h: 0.6 * h, inline: false } : { w: w - 512, h, inline: false };
}

const region = projectBounds(makeProjection(), REGION_VIEW);
const redsea = projectBounds(makeProjection(), RED_SEA_VIEW);
const rangeView = loadStoryView().geo.views.range;
// The events map's widest view: events in every corner of the area it draws.
const widestEvents = (() => {
  const [x0, y0, x1, y1] = projectBounds(makeProjection(), EVENTS_MAP);
  return eventsView(redsea, [[x0, y0], [x1, y1]]);
})();
const inside = (r: Rect, box: Rect) => r[0] >= box[0] && r[1] >= box[1] && r[2] <= box[2] && r[3] <= box[3];

const symbolPath = (sprite: string, id: string) => new RegExp(`<symbol id="${id}"[^>]*><path d="([^"]+)"`).exec(sprite)![1];

describe('basemap extent', () => {
  it('covers what every frame shows: the region (deal steps), the Red Sea under the range legend, and the events map', () => {
    const misses: string[] = [];
    for (const vw of WIDTHS)
      for (const vh of HEIGHTS) {
        const { w, h, inline } = graphicBox(vw, vh);
        // The range legend: about 20rem wide (less on a narrow frame) and 130–160 px high.
        const legend: [number, number] = [Math.min(w - 24, 332) + 28, (w < 400 ? 160 : 140) + 20];
        // The events map shares the sticky graphic with its timeline: from 45% of it (rows) to all but
        // ~150 px (the compact axis); inline it gets a frame of its own height above the timeline
        // (a11y.css). Its view is the Red Sea's, or grown to the farthest events it may draw.
        const shown = {
          deal: frameRect(region, w, h, 44, 24).rect,
          range: clearOfCorner(rangeView, w, h, legend, 36).rect,
          events: frameRect(redsea, w, inline ? h : h - 150).rect,
          eventsTall: frameRect(widestEvents, w, inline ? h : 0.45 * h).rect,
          eventsWide: frameRect(widestEvents, w, inline ? h : h - 150).rect
        };
        if (!inside(shown.deal, LAND_EXTENT.region)) misses.push(`${vw}×${vh} deal ${shown.deal.map(Math.round)}`);
        for (const k of ['range', 'events'] as const)
          if (!inside(shown[k], LAND_EXTENT.detail)) misses.push(`${vw}×${vh} ${k} ${shown[k].map(Math.round)}`);
        // Beyond the detail the events map draws the regional land.
        for (const k of ['eventsTall', 'eventsWide'] as const)
          if (!inside(shown[k], LAND_EXTENT.region)) misses.push(`${vw}×${vh} ${k} ${shown[k].map(Math.round)}`);
      }
    expect(misses).toEqual([]);
  });

  it('draws land out to those extents, and no further, in one path joined end to end', () => {
    const sprite = buildBasemap(); // built once per process: a first call takes seconds
    const core = projectBounds(makeProjection(), REGION_VIEW, 400);
    for (const [id, box] of [['land-region', LAND_EXTENT.region], ['land-detail', LAND_EXTENT.detail]] as const) {
      const pts = pathPoints(symbolPath(sprite, id));
      const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(box[0] - 0.5);
      expect(Math.max(...xs)).toBeLessThanOrEqual(box[2] + 0.5);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(box[1] - 0.5);
      expect(Math.max(...ys)).toBeLessThanOrEqual(box[3] + 0.5);
      // Russia meets the top edge; Asia the east edge (the west, 12,100 km out, is Atlantic; the
      // region's east edge lies just past Asia's Pacific coast, 124 km out to sea).
      expect(Math.min(...ys)).toBeCloseTo(box[1], 0);
      expect(box[2] - Math.max(...xs)).toBeLessThan(id === 'land-region' ? 150 : 0.5);
    }
    // The far land reaches well past the detailed core on both sides.
    const region = pathPoints(symbolPath(sprite, 'land-region')).map((p) => p[0]);
    expect(Math.min(...region)).toBeLessThan(core[0] - 5000);
    expect(Math.max(...region)).toBeGreaterThan(core[2] + 5000);
  }, 60_000);

  it('writes points relative to the last one, exactly', () => {
    expect(relativePath('M10,20L13,18L13,25ZM40,40L41,41Z', 0)).toBe('M10 20l3-2l0 7zm30 20l1 1z');
    expect(pathPoints(relativePath('M1.5,-2.5L1.7,-2.2Z', 1))).toEqual([[1.5, -2.5], [1.7, -2.2]]);
  });

  it('keeps the sprite small: under 64 KB gzipped with the far land (it was 58 KB without it)', async () => {
    const { gzipSync } = await import('node:zlib');
    expect(gzipSync(buildBasemap()).length).toBeLessThan(64 * 1024);
  });
});

/** The basemap sprite's extents (server/basemap.ts draws them; the events map clips to them). */
import type { Rect } from './projection';

/**
 * How far each map's land (and borders) reach, in projected units. The frames the story gives a map
 * (page and embed, viewports 320×400 to 2560×1440: see tests/unit/basemap-extent.test.ts) show
 * rectangles up to 4.3 times as wide as the regional view is high (a 2048×544 desktop graphic) and
 * 3 times as high as it is wide (320×864); the Red Sea view reaches about ±3,700 units across (the
 * events map over its timeline in a 1023×326 graphic) and 500–3,100 down (under the range legend in
 * a 416×312 inline graphic). Land must reach past all of them, or it would stop at a straight edge.
 * The events map, grown to the Gulf of Aden or held tall on a phone, can show more than the detail:
 * it draws the regional land beyond it (AttacksEvents).
 */
export const LAND_EXTENT: Record<'region' | 'detail', Rect> = {
  region: [-12100, -5600, 12100, 5100],
  detail: [-4000, 500, 3800, 3100]
};

/**
 * The one projection every map scene shares. Azimuthal equal-area centred between Moscow and
 * Yemen, scaled so one unit ≈ one kilometre near the centre: views are rectangles in these
 * units, and the graphic pans/zooms by moving its viewBox from one rectangle to another.
 */
import { geoAzimuthalEqualArea, type GeoProjection } from 'd3';
import { EARTH_RADIUS_KM } from './distance';
import type { Bounds } from '$lib/data/bounds';

export type Rect = [x0: number, y0: number, x1: number, y1: number];

export function makeProjection(): GeoProjection {
  return geoAzimuthalEqualArea().rotate([-44, -33]).scale(EARTH_RADIUS_KM).translate([0, 0]).precision(0.1);
}

/** The projected bounding rectangle of a lat/lon box, sampled along its edges. */
export function projectBounds(projection: GeoProjection, b: Bounds, pad = 0): Rect {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  const steps = 24;
  for (let i = 0; i <= steps; i++) {
    const lat = b.south + ((b.north - b.south) * i) / steps;
    for (let j = 0; j <= steps; j++) {
      const lon = b.west + ((b.east - b.west) * j) / steps;
      const p = projection([lon, lat]);
      if (!p) continue;
      x0 = Math.min(x0, p[0]); y0 = Math.min(y0, p[1]);
      x1 = Math.max(x1, p[0]); y1 = Math.max(y1, p[1]);
    }
  }
  return [x0 - pad, y0 - pad, x1 + pad, y1 + pad];
}

/** Linear interpolation between two view rectangles (t in 0..1). */
export function lerpRect(a: Rect, b: Rect, t: number): Rect {
  const k = Math.min(1, Math.max(0, t));
  return [0, 1, 2, 3].map((i) => a[i] + (b[i] - a[i]) * k) as Rect;
}

/**
 * Grow `rect` to the aspect ratio of a width×height box, keeping its centre, so everything in
 * the rectangle stays visible on a tall phone and on a wide desktop alike.
 */
export function fitRect(rect: Rect, width: number, height: number): Rect {
  const [x0, y0, x1, y1] = rect;
  const w = x1 - x0, h = y1 - y0;
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  const target = width / height;
  const nw = Math.max(w, h * target);
  const nh = Math.max(h, w / target);
  return [cx - nw / 2, cy - nh / 2, cx + nw / 2, cy + nh / 2];
}

/**
 * The rectangle a map frame `width`×`height` px shows of `view`: the view fitted into the frame less
 * the insets (a legend or caption drawn over the map; never less than 40% of the frame's height),
 * extended over them. `insetSide` px are kept clear on the left, or (negative) on the right. Its
 * `px`: projected units per screen pixel.
 */
export function frameRect(view: Rect, width: number, height: number, insetTop = 0, insetBottom = 0, insetSide = 0): { rect: Rect; px: number } {
  const innerW = Math.max(width - Math.abs(insetSide), width * 0.4);
  const inner = fitRect(view, innerW, Math.max(height - insetTop - insetBottom, height * 0.4));
  const px = (inner[2] - inner[0]) / innerW;
  // The view sits right of a left inset, or at the frame's left with a right one.
  const left = insetSide >= 0 ? inner[0] - (width - innerW) * px : inner[0];
  const top = inner[1] - insetTop * px;
  return { rect: [left, top, left + width * px, top + height * px], px };
}

/**
 * The frame's rectangle kept clear of a box `corner` = [width, height] px in its top corner on the
 * side where lines start (`side`: left in a left-to-right edition, right in a right-to-left one, as
 * the legend's inset-inline-start puts it): below it or beside it, whichever shows the view larger.
 * A wide, short frame (print, a wide embed) puts the view beside the legend instead of squeezing it
 * into the strip below.
 */
export function clearOfCorner(view: Rect, width: number, height: number, corner: [number, number], insetBottom = 0, side: 'left' | 'right' = 'left'): { rect: Rect; px: number } {
  const below = frameRect(view, width, height, corner[1], insetBottom);
  const beside = frameRect(view, width, height, 0, insetBottom, side === 'left' ? corner[0] : -corner[0]);
  return beside.px < below.px ? beside : below;
}

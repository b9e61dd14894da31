/**
 * WCAG 2 contrast from CSS colour strings: `#rgb`, `#rrggbb` and `rgb(r g b / a)` (the forms the
 * tokens use). A translucent colour is composited over what lies under it first, as the browser
 * paints it. Pure: used by the token tests and by the data check of an editor's accent.
 */
export type Rgba = [r: number, g: number, b: number, a: number];

/** The colour as 0–255 channels and 0–1 alpha, or null when it is not one of the forms above. */
export function parseColour(css: string): Rgba | null {
  const s = css.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(s);
  if (hex) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)).concat(1) as Rgba;
  }
  const fn = /^rgba?\(\s*(\d{1,3})[\s,]+(\d{1,3})[\s,]+(\d{1,3})\s*(?:[/,]\s*([\d.]+)\s*)?\)$/.exec(s);
  if (!fn) return null;
  const [r, g, b] = [fn[1], fn[2], fn[3]].map(Number);
  const a = fn[4] === undefined ? 1 : Number(fn[4]);
  return [r, g, b].every((c) => c <= 255) && a >= 0 && a <= 1 ? [r, g, b, a] : null;
}

/** `top` painted over `under` (which is made opaque first over white, as the page's paper is opaque). */
export function over(top: Rgba, under: Rgba): Rgba {
  const base = under[3] < 1 ? over(under, [255, 255, 255, 1]) : under;
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + base[i] * (1 - a)).concat(1) as Rgba;
}

/** An sRGB channel (0–255) as linear light (0–1). */
function linear(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of an opaque colour. */
export function luminance([r, g, b]: Rgba): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function need(css: string): Rgba {
  const c = parseColour(css);
  if (!c) throw new Error(`not a colour: ${css}`);
  return c;
}

/**
 * Contrast ratio (1–21) of `fg` drawn over `bg`; each may be translucent. `under` is what lies under
 * a translucent `bg` (e.g. a label's halo over the sea).
 */
export function contrast(fg: string, bg: string, under?: string): number {
  const back = under ? over(need(bg), need(under)) : over(need(bg), [255, 255, 255, 1]);
  const front = over(need(fg), back);
  const [hi, lo] = [luminance(front), luminance(back)].sort((a, b) => b - a);
  return (hi + 0.05) / (lo + 0.05);
}

/** CIELAB (D65) of an opaque colour. */
export function lab(colour: Rgba): [number, number, number] {
  const [R, G, B] = colour.slice(0, 3).map(linear);
  // XYZ relative to the D65 white; Y is the luminance.
  const xyz = [(0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047, luminance(colour), (0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883];
  const [fx, fy, fz] = xyz.map((t) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116));
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/**
 * How far apart two areas of colour look (CIE76 ΔE; about 2.3 is just noticeable). For fills that
 * meet along an edge, like land and sea, where hue tells them apart as much as lightness does.
 * `tint`, when given, is painted over both at `alpha` first (the reach's shading).
 */
export function colourDistance(a: string, b: string, tint?: { colour: string; alpha: number }): number {
  const paint = (c: string) => (tint ? over([...need(tint.colour).slice(0, 3), tint.alpha] as Rgba, need(c)) : over(need(c), [255, 255, 255, 1]));
  const [p, q] = [lab(paint(a)), lab(paint(b))];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

const hex2 = (n: number) => Math.round(n).toString(16).padStart(2, '0');
export const toHex = ([r, g, b]: Rgba): string => `#${hex2(r)}${hex2(g)}${hex2(b)}`;

/**
 * The colour moved towards black (on a light background) or white (on a dark one) in small steps
 * until it reaches `ratio` against `bg`: text in the accent's hue that stays readable.
 */
export function readableOn(colour: string, bg: string, ratio: number): string {
  const c = need(colour);
  const toward: Rgba = luminance(need(bg)) > 0.18 ? [0, 0, 0, 1] : [255, 255, 255, 1];
  for (let t = 0; t <= 1.0001; t += 0.02) {
    const mixed = [0, 1, 2].map((i) => c[i] + (toward[i] - c[i]) * t).concat(1) as Rgba;
    if (contrast(toHex(mixed), bg) >= ratio) return toHex(mixed);
  }
  return toHex(toward);
}

/** The colour with an alpha, as `rgb(r g b / a)`. */
export function withAlpha(colour: string, alpha: number): string {
  const [r, g, b] = need(colour);
  return `rgb(${r} ${g} ${b} / ${alpha})`;
}

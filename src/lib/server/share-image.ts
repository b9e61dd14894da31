/**
 * The share image (Open Graph / Twitter card), composed at build time from the story's own map:
 * the basemap sprite's coastline, the range rings, the Houthi-held coast and the shipping lane,
 * all from the same build-time geometry the page draws, with the headline on a panel.
 * Rasterised by resvg with the story's typefaces as TTFs (server/fonts.ts: Source Serif 4 and
 * Source Sans 3 for Latin, the Noto faces for Arabic, from npm packages; no system font is read);
 * were a file missing, the image would be the map alone rather than a build failure.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { escapeHtml as esc } from '$lib/text/escape';
import { Resvg } from '@resvg/resvg-js';
import { fitRect } from '$lib/geo/projection';
import { SHARE_IMAGE } from '$lib/embed/codes';
import type { StoryView } from '$lib/types';
import { scriptOf } from '$lib/fonts/typefaces';
import { shareImageFaces } from '$lib/server/fonts';
import appCss from '../../app.css?raw';

/** Fallbacks for the palette, read from src/app.css's custom properties (resvg cannot read CSS). */
const FALLBACK = {
  ink: '#16212b', muted: '#55616b', paper: '#faf8f4', sea: '#dde7ed', land: '#f4f0e7', coast: '#8b979f',
  border: '#b3ab9c', lane: '#245f8c', houthi: '#4d3f8a', alert: '#d4461f', 'alert-ink': '#a8321a'
};
type Palette = typeof FALLBACK;

/** The design tokens' hex colours (`--name: #hex;`), so the image follows the page's palette. */
export function palette(css: string = appCss): Palette {
  const out = { ...FALLBACK };
  for (const [, name, hex] of css.matchAll(/--([a-z0-9-]+):\s*(#[0-9a-f]{3,8})\s*;/gi)) {
    if (name in out) out[name as keyof Palette] = hex;
  }
  return out;
}

const PANEL = 500;

/** Greedy word wrap by an average glyph width (0.56 em: Source Serif 4 Bold, with room to spare). */
export function wrap(text: string, fontSize: number, width: number): string[] {
  const perLine = Math.max(8, Math.floor(width / (fontSize * 0.56)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The sprite's <symbol>s, to inline as <defs> (resvg resolves only local references). */
const symbols = (sprite: string) => (sprite.match(/<symbol[\s\S]*?<\/symbol>/g) ?? []).join('');

/**
 * resvg lays every line out left to right: a right-to-left line is wrapped in an RTL isolate
 * (U+2067 … U+2069), so its words and any Latin designation inside keep their order.
 */
const line = (text: string, rtl: boolean) => esc(rtl ? `\u2067${text}\u2069` : text);

export function shareSvg(story: StoryView, sprite: string, withText: boolean): string {
  const { width: W, height: H } = SHARE_IMAGE;
  const geo = story.geo;
  const faces = shareImageFaces(scriptOf(story.meta.language));
  // The panel sits where reading starts (the right in a right-to-left edition); the Red Sea view fits
  // the rest, and the map continues under the panel.
  const rtl = story.meta.dir === 'rtl';
  const fit = fitRect(geo.views.redsea, W - PANEL, H);
  const u = (fit[2] - fit[0]) / (W - PANEL);
  const x0 = fit[0] - (rtl ? 0 : PANEL) * u;
  const panelX = rtl ? W - PANEL : 0;
  // Text in the panel hangs from its reading-start edge, 40 px in.
  const textX = rtl ? panelX + PANEL - 40 : 40;
  const textAnchor = rtl ? 'end' : 'start';
  const vb = `${x0} ${fit[1]} ${W * u} ${H * u}`;
  const C = palette();

  const map = [
    `<rect x="${x0}" y="${fit[1]}" width="${W * u}" height="${H * u}" fill="${C.sea}"/>`,
    `<use href="#land-detail" fill="${C.land}" stroke="${C.coast}" stroke-width="${2 * u}" paint-order="stroke"/>`,
    `<use href="#borders-detail" fill="none" stroke="${C.border}" stroke-width="${u}"/>`,
    // All rings in one path: with fill-rule nonzero their union fills evenly, overlaps do not darken.
    `<path d="${geo.rings.map((r) => r.d).join('')}" fill="${C.alert}" fill-opacity="0.1"/>`,
    `<path d="${geo.reachOutline}" fill="none" stroke="${C.alert}" stroke-width="${3 * u}"/>`,
    `<path d="${geo.lane.d}" fill="none" stroke="${C.lane}" stroke-width="${3 * u}" stroke-dasharray="${9 * u} ${6 * u}"/>`,
    `<path d="${geo.houthiCoast}" fill="none" stroke="${C.houthi}" stroke-width="${8 * u}" stroke-linecap="round"/>`,
    ...geo.rings.map((r) => `<circle cx="${r.x}" cy="${r.y}" r="${6 * u}" fill="${C.alert}"/>`)
  ];

  const text: string[] = [];
  if (withText) {
    // The launch points the rings are drawn from, named on the side the page's map uses.
    const fs = 17 * u;
    for (const p of geo.places.filter((pl) => pl.launch)) {
      if (!p.name) continue; // not yet named in this edition: its ring alone
      const dx = p.label === 'left' ? -10 * u : p.label === 'right' ? 10 * u : 0;
      const dy = p.label === 'above' ? -10 * u : p.label === 'below' ? 20 * u : 6 * u;
      const anchor = p.label === 'left' ? 'end' : p.label === 'right' ? 'start' : 'middle';
      text.push(
        `<text x="${p.x + dx}" y="${p.y + dy}" font-family="${faces.sans}" font-weight="bold" font-size="${fs}" text-anchor="${anchor}" fill="${C.ink}" stroke="${C.paper}" stroke-width="${4 * u}" paint-order="stroke">${line(p.name, rtl)}</text>`
      );
    }
    const size = 46;
    const lines = wrap(story.meta.headlineText, size, PANEL - 80);
    const top = 120;
    text.push(
      `<g transform="scale(${u}) translate(${x0 / u} ${fit[1] / u})">`,
      `<rect x="${panelX}" width="${PANEL}" height="${H}" fill="${C.paper}" fill-opacity="0.94"/>`,
      `<text x="${textX}" y="70" font-family="${faces.sans}" font-weight="bold" font-size="20" text-anchor="${textAnchor}" fill="${C.muted}">${line(story.meta.siteName.toUpperCase(), rtl)}</text>`,
      ...lines.map((l, i) => `<text x="${textX}" y="${top + i * size * 1.15}" font-family="${faces.serif}" font-weight="bold" font-size="${size}" text-anchor="${textAnchor}" fill="${C.ink}">${line(l, rtl)}</text>`),
      `<text x="${textX}" y="${H - 50}" font-family="${faces.sans}" font-weight="bold" font-size="26" text-anchor="${textAnchor}" fill="${C['alert-ink']}">${line(story.words.shareImage.rangeLine, rtl)}</text>`,
      `</g>`
    );
  }

  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${W}" height="${H}" viewBox="${vb}"><defs>${symbols(sprite)}</defs>${map.join('')}${text.join('')}</svg>`;
}

/** The PNG, 1200×630. */
export function renderShareImage(story: StoryView, sprite: string): Uint8Array {
  const faces = shareImageFaces(scriptOf(story.meta.language));
  const fontFiles = faces.files.filter((f) => existsSync(f));
  const svg = shareSvg(story, sprite, fontFiles.length === faces.files.length);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: SHARE_IMAGE.width },
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: faces.sans },
    background: palette().sea
  });
  return resvg.render().asPng();
}

/**
 * Bump when the drawing code changes what an unchanged SVG becomes (resvg, the fonts' handling):
 * part of the image's version, like its data and words.
 */
const SHARE_IMAGE_CODE = 'resvg-2.6.2;fonts-1';

/**
 * The share image's version, from what it is made of (the SVG the data, words and code compose, and
 * the typefaces' files), not from the PNG's bytes: social networks cache an image by its address, so
 * `share.png?v=…` changes exactly when what it shows does, and addresses already sent keep working.
 */
export function shareImageVersion(story: StoryView, sprite: string): string {
  const faces = shareImageFaces(scriptOf(story.meta.language));
  const made = [SHARE_IMAGE_CODE, ...faces.files.map((f) => f.replace(/^.*node_modules\//, '')), shareSvg(story, sprite, true)].join('\n');
  return createHash('sha256').update(made).digest('hex').slice(0, 10);
}

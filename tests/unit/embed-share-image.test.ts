import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { shareImageFaces } from '$lib/server/fonts';
import { loadStoryView } from '$lib/server/story';
import { buildBasemap } from '$lib/server/basemap';
import { palette, renderShareImage, shareSvg, wrap } from '$lib/server/share-image';

const story = loadStoryView();
const sprite = buildBasemap();

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Uint8Array) => {
  const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: v.getUint32(16), height: v.getUint32(20) };
};

describe('share image', () => {
  it('is a 1200×630 PNG rendered from the story map', () => {
    const png = renderShareImage(story, sprite);
    expect([...png.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    // A map, not a flat fill: a real image compresses to tens of kilobytes.
    expect(png.byteLength).toBeGreaterThan(20_000);
  });

  it('draws the build-time geometry and the basemap coastline', () => {
    const svg = shareSvg(story, sprite, true);
    expect(svg).toContain(story.geo.reachOutline);
    expect(svg).toContain(story.geo.houthiCoast);
    expect(svg).toContain('<symbol id="land-detail"');
    expect(svg).toContain('href="#land-detail"');
  });

  it('carries the headline when fonts exist, and leaves text out without them', () => {
    const first = story.meta.headlineText.split(' ')[0];
    expect(shareSvg(story, sprite, true)).toContain(first);
    expect(shareSvg(story, sprite, false)).not.toContain('<text');
    expect(renderShareImage(story, sprite).byteLength).toBeGreaterThan(0);
  });

  it("sets its text in the story's typefaces, from files the project installs (no system font)", () => {
    const latin = shareImageFaces('Latn');
    expect([latin.serif, latin.sans]).toEqual(['Source Serif 4', 'Source Sans 3']);
    for (const f of latin.files) expect(existsSync(f), f).toBe(true);
    const svg = shareSvg(story, sprite, true);
    expect(svg).toContain(`font-family="${latin.serif}"`);
    expect(svg).not.toMatch(/DejaVu/);
    // The Arabic edition's image keeps the Latin faces for what stays Latin in its words.
    expect(shareImageFaces('Arab').files).toEqual(expect.arrayContaining(latin.files));
  });

  it("takes its colours from the page's design tokens", () => {
    expect(palette('--sea: #123456; --land:#abcdef;')).toMatchObject({ sea: '#123456', land: '#abcdef' });
    const svg = shareSvg(story, sprite, false);
    expect(svg).toContain(`fill="${palette().sea}"`);
    expect(svg).toContain(`stroke="${palette().houthi}"`);
  });

  it('wraps text into lines that fit the panel', () => {
    const lines = wrap('one two three four five six seven eight nine ten eleven twelve', 46, 420);
    expect(lines.join(' ')).toBe('one two three four five six seven eight nine ten eleven twelve');
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(Math.floor(420 / (46 * 0.56)));
  });
});

describe('share image of a right-to-left edition', () => {
  const arabic = { ...story, meta: { ...story.meta, language: 'ar', dir: 'rtl' as const, headlineText: 'صاروخ روسيا الأسرع من الصوت والبحر الأحمر' } };

  it('puts the panel on the right, its lines hanging from the right edge in the script\'s own faces', () => {
    const svg = shareSvg(arabic, sprite, true);
    expect(svg).toContain(`<rect x="${1200 - 500}" width="500"`);
    const panelText = [...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" font-family="([^"]+)"[^>]*text-anchor="(\w+)"/g)].filter((m) => Number(m[1]) === 1160);
    expect(panelText.length).toBeGreaterThanOrEqual(3);
    for (const m of panelText) expect(m[3]).toBe('end');
    expect(new Set(panelText.map((m) => m[2]))).toEqual(new Set(['Noto Naskh Arabic', 'Noto Sans Arabic']));
    // Each line is a right-to-left isolate, so a Latin designation keeps its place in it.
    expect(svg).toContain('\u2067صاروخ');
  });

  it('renders with the Arabic TTFs', () => {
    const png = renderShareImage(arabic, sprite);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });
});

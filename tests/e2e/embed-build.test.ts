/**
 * The built files themselves (BUILD_DIR, built by the e2e global setup): the story page's share
 * metadata and prerendered headline, the embed without page chrome, oEmbed, the snippet's size,
 * the share image and the embed-code page.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { loadStoryView } from '$lib/server/story';
import { iframeCode, snippetCode, urls } from '$lib/embed/codes';
import { buildBasemap } from '$lib/server/basemap';
import { shareImageVersion } from '$lib/server/share-image';

// jsdom ships no types; only its DOMParser-like constructor is used.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: Window } };
const dir = process.env.BUILD_DIR || 'build';
const read = (path: string) => readFileSync(`${dir}/${path}`);
const doc = (path: string) => new JSDOM(read(path).toString('utf8')).window.document;
const view = loadStoryView();
const { meta } = view;
// The share image's address carries the version of what it shows (share.png?v=…).
const at = urls(meta.siteUrl, '', shareImageVersion(view, buildBasemap()));

describe('built story page', () => {
  const page = doc('index.html');
  const metaContent = (sel: string) => page.querySelector(sel)?.getAttribute('content');

  it('has the headline prerendered', () => {
    expect(page.querySelector('h1')?.textContent?.trim()).toBe(meta.headlineText);
  });

  it('has title, description and the canonical URL from meta.site_url', () => {
    expect(page.title).toBe(`${meta.headlineText} | ${meta.siteName}`);
    expect(metaContent('meta[name="description"]')).toBe(meta.dekText);
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(at.page);
    expect(at.page.startsWith(meta.siteUrl)).toBe(true);
  });

  it('has Open Graph and Twitter cards with the generated 1200×630 image', () => {
    expect(metaContent('meta[property="og:type"]')).toBe('article');
    expect(metaContent('meta[property="og:title"]')).toBe(meta.headlineText);
    expect(metaContent('meta[property="og:description"]')).toBe(meta.dekText);
    expect(metaContent('meta[property="og:url"]')).toBe(at.page);
    expect(metaContent('meta[property="og:image"]')).toBe(at.shareImage);
    expect(metaContent('meta[property="og:image:width"]')).toBe('1200');
    expect(metaContent('meta[property="og:image:height"]')).toBe('630');
    expect(metaContent('meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(metaContent('meta[name="twitter:image"]')).toBe(at.shareImage);
  });

  it('has NewsArticle JSON-LD and the oEmbed discovery link', () => {
    const scripts = [...page.querySelectorAll('script[type="application/ld+json"]')];
    expect(scripts).toHaveLength(1);
    const ld = JSON.parse(scripts[0].textContent!);
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.headline).toBe(meta.headlineText);
    expect(ld.datePublished).toBe(meta.published);
    expect(ld.image[0].url).toBe(at.shareImage);
    expect(ld.mainEntityOfPage).toBe(at.page);
    const link = page.querySelector('link[rel="alternate"][type="application/json+oembed"]');
    expect(link?.getAttribute('href')).toBe(at.oembed);
  });
});

describe('built embed page', () => {
  const embed = doc('embed/index.html');

  it('is the same story, not indexed, canonical to the page', () => {
    expect(embed.querySelector('h1')?.textContent?.trim()).toBe(meta.headlineText);
    expect(embed.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(embed.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(at.page);
    expect(embed.querySelectorAll('[data-step]').length).toBe(loadStoryView().steps.length);
  });

  it('has no page chrome and no share metadata', () => {
    expect(embed.querySelectorAll('nav, footer, [role="banner"], [role="contentinfo"]')).toHaveLength(0);
    // The only header is the article's own headline block.
    for (const h of embed.querySelectorAll('header')) expect(h.closest('article')).not.toBeNull();
    expect(embed.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"], script[type="application/ld+json"]')).toHaveLength(0);
    expect(embed.querySelector('[data-embed-root] > main > article')).not.toBeNull();
  });

  it('prerenders the stacked layout (no sticky until the host sends its viewport)', () => {
    expect(embed.querySelector('.scrolly')?.getAttribute('data-layout')).toBe('stacked');
  });

  it('opens every link in the top window', () => {
    const links = [...embed.querySelectorAll('a[href]')].filter((a) => !a.getAttribute('href')!.startsWith('#'));
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) expect(a.getAttribute('target')).toBe('_top');
  });
});

describe('distribution files', () => {
  it('oembed.json: type rich, html the iframe code', () => {
    const o = JSON.parse(read('oembed.json').toString('utf8'));
    expect(o).toMatchObject({ version: '1.0', type: 'rich', title: meta.headlineText, provider_name: meta.siteName });
    expect(o.html).toBe(iframeCode(meta));
    expect(o.html).toContain(`src="${at.embed}"`);
    expect(o.thumbnail_url).toBe(at.shareImage);
  });

  it('embed.js is at most 2 KB gzipped', () => {
    const js = read('embed.js');
    const gz = gzipSync(js, { level: 9 }).byteLength;
    console.log(`embed.js: ${js.byteLength} bytes, ${gz} bytes gzip`);
    expect(gz).toBeLessThanOrEqual(2048);
    expect(js.toString('utf8')).toContain('data-story-embed');
  });

  it('share.png is a 1200×630 PNG', () => {
    const png = read('share.png');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('the embed-code page shows both codes and previews at 320, 600 and 1000 px', () => {
    const page = doc('embed-code/index.html');
    expect(page.querySelector('textarea[data-code="snippet"]')?.textContent).toBe(snippetCode(meta));
    expect(page.querySelector('textarea[data-code="iframe"]')?.textContent).toBe(iframeCode(meta));
    expect([...page.querySelectorAll('[data-preview-width]')].map((el) => el.getAttribute('data-preview-width'))).toEqual(['320', '600', '1000']);
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});

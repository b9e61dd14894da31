/** A step share page's head (its card, the story as canonical, not indexed) and the linked-image code. */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { imageCode } from '$lib/embed/codes';
import { loadStoryView } from '$lib/server/story';
import { stepPageHead, storyPageHead } from '$lib/server/page-head';

const headOf = (html: string) => new JSDOM(`<!doctype html><html><head>${html}</head><body></body></html>`).window.document;
const content = (doc: Document, sel: string) => doc.querySelector(sel)?.getAttribute('content');

describe('stepPageHead', () => {
  const story = loadStoryView('ar');
  const card = {
    title: 'عنوان الخطوة',
    description: 'تعليق "قصير" <b>',
    url: 'https://example.org/ar/s/range/',
    image: { url: 'https://example.org/statics/ar/range.png', width: 1200, height: 630, alt: 'نص بديل' }
  };
  const doc = headOf(stepPageHead(story, 'عنوان | القصة', card));

  it("gives crawlers the step's card: image with its size and alt, large card, kicker and caption", () => {
    expect(content(doc, 'meta[property="og:image"]')).toBe(card.image.url);
    expect(content(doc, 'meta[property="og:image:width"]')).toBe('1200');
    expect(content(doc, 'meta[property="og:image:height"]')).toBe('630');
    expect(content(doc, 'meta[property="og:image:alt"]')).toBe(card.image.alt);
    expect(content(doc, 'meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(content(doc, 'meta[name="twitter:image"]')).toBe(card.image.url);
    expect(content(doc, 'meta[property="og:title"]')).toBe(card.title);
    expect(content(doc, 'meta[property="og:description"]')).toBe(card.description);
    expect(content(doc, 'meta[property="og:locale"]')).toBe('ar');
    expect(doc.title).toBe('عنوان | القصة');
  });

  it('is its own page for Open Graph, the story for search engines, and kept out of their results', () => {
    expect(content(doc, 'meta[property="og:url"]')).toBe(card.url);
    expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(headOf(storyPageHead(story)).querySelector('link[rel="canonical"]')!.getAttribute('href'));
    expect(content(doc, 'meta[name="robots"]')).toBe('noindex');
    expect(doc.querySelectorAll('b, script')).toHaveLength(0);
  });
});

describe('imageCode', () => {
  it('links the image to the story, with its alt text and size, every value escaped', () => {
    const html = imageCode({ href: 'https://example.org/#step-range', src: 'https://example.org/statics/a.png', alt: 'Map "range" <b>&', width: 1200, height: 900 });
    const a = new JSDOM(html).window.document.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://example.org/#step-range');
    expect(a.children).toHaveLength(1);
    const img = a.querySelector('img')!;
    expect(img.getAttribute('alt')).toBe('Map "range" <b>&');
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['1200', '900']);
    expect(img.getAttribute('style')).toContain('max-width:100%');
  });
});

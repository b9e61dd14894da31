/** The story pages' head tags, written by the server: every edition named, every value escaped. */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { loadStoryView } from '$lib/server/story';
import { storyPageHead } from '$lib/server/page-head';

const headOf = (html: string) => new JSDOM(`<!doctype html><html><head>${html}</head><body></body></html>`).window.document;

describe('storyPageHead', () => {
  it('names both editions both ways, the default, and the edition’s own language', () => {
    for (const lang of ['en', 'ar']) {
      const story = loadStoryView(lang);
      const doc = headOf(storyPageHead(story));
      const alternates = [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => l.getAttribute('hreflang'));
      expect(alternates.sort()).toEqual(['ar', 'en-GB', 'x-default']);
      expect(doc.title).toBe(story.words.page.title);
      expect(doc.querySelector('meta[property="og:title"]')!.getAttribute('content')).toBe(story.meta.headlineText);
      const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(ld.inLanguage).toBe(story.meta.language);
      expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(ld.url);
    }
  });

  it('keeps quotes and angle brackets in the words inside their attribute and their title', () => {
    const story = loadStoryView('en');
    const hostile = '"><script>alert(1)</script> & <b>';
    const view = { ...story, meta: { ...story.meta, headlineText: hostile, dekText: hostile }, words: { ...story.words, page: { ...story.words.page, title: hostile } } };
    const doc = headOf(storyPageHead(view));
    expect(doc.querySelectorAll('script:not([type="application/ld+json"]), b')).toHaveLength(0);
    expect(doc.title).toBe(hostile);
    expect(doc.querySelector('meta[name="description"]')!.getAttribute('content')).toBe(hostile);
    expect(JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!).headline).toBe(hostile);
  });
});

/** Updates and corrections: dates in story.yaml, words per edition; the date shows in every edition. */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { parseStory, toView } from '$lib/server/story';
import { storyPageHead } from '$lib/server/page-head';
import { validateLocaleText } from '$lib/data/locale-check';
import { validateStoryText } from '$lib/data/validate';
import { oembed } from '$lib/embed/codes';
import { buildBasemap } from '$lib/server/basemap';
import { shareImageVersion } from '$lib/server/share-image';
import { edit, storyText, TODAY } from '../helpers/story-file';
import { AR_NOTES, EN_NOTES, localeWithNotes, storyWithNotes } from '../helpers/notes';

const head = (html: string) => new JSDOM(`<!doctype html><html><head>${html}</head><body></body></html>`).window.document;
const view = (story: string, locale: string, lang: string) => toView(parseStory(story, locale, lang));

describe('updates and corrections', () => {
  const story = storyWithNotes();
  const en = view(story, localeWithNotes('en', EN_NOTES), 'en');
  const ar = view(story, localeWithNotes('ar', AR_NOTES), 'ar');

  it('dates every edition by the latest note, written in its own words and digits', () => {
    expect(en.meta.modified).toBe('2025-02-03');
    expect(en.meta.modifiedLabel?.replace(/\u00a0/g, ' ')).toBe('Updated 3 February 2025');
    expect(ar.meta.modified).toBe('2025-02-03');
    expect(ar.meta.modifiedLabel).toContain('٢٠٢٥');
    expect(ar.meta.modifiedLabel).not.toMatch(/[0-9A-Za-z]/);
  });

  it('lists the notes an edition has words for, figures filled in, and only those', () => {
    expect(en.notes.items.map((n) => [n.id, n.kind, n.kindLabel])).toEqual([
      ['count_raised', 'update', 'Update'],
      ['tutor_date', 'correction', 'Correction']
    ]);
    expect(JSON.stringify(en.notes.items[0].text)).toContain('40');
    // The Arabic has not translated the correction yet: it shows its update, never the English words.
    expect(ar.notes.items.map((n) => n.id)).toEqual(['count_raised']);
    expect(JSON.stringify(ar.notes)).not.toMatch(/wrong date|Tutor|Correction/);
    expect(JSON.stringify(ar.notes.items[0].text)).toContain('٤٠');
  });

  it('shows no date and no list while story.yaml has no notes', () => {
    const plain = view(storyText(), localeWithNotes('en', {}), 'en');
    expect(plain.meta.modified).toBeUndefined();
    expect(plain.notes.items).toEqual([]);
    expect(head(storyPageHead(plain)).querySelector('meta[property="article:modified_time"]')).toBeNull();
  });

  it('gives JSON-LD dateModified and article:modified_time', () => {
    for (const v of [en, ar]) {
      const doc = head(storyPageHead(v));
      const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(ld.datePublished).toBe(v.meta.published);
      expect(ld.dateModified).toBe('2025-02-03');
      expect(doc.querySelector('meta[property="article:modified_time"]')!.getAttribute('content')).toBe('2025-02-03');
    }
  });

  it('warns, with the line, for a note an edition has no words for; refuses words for a note that does not exist', () => {
    const missing = validateLocaleText(localeWithNotes('ar', AR_NOTES), validateStoryText(story, TODAY).story!, 'ar.yaml');
    expect(missing.words).toBeDefined();
    const warning = missing.problems.find((p) => p.severity === 'warning' && /tutor_date/.test(p.message));
    expect(warning?.line).toBeGreaterThan(1);
    const extra = validateLocaleText(localeWithNotes('en', { ...EN_NOTES, no_such_note: 'x' }), validateStoryText(story, TODAY).story!, 'en.yaml');
    expect(extra.words).toBeUndefined();
    expect(extra.problems.some((p) => p.severity === 'error' && p.path === 'notes.items.no_such_note')).toBe(true);
  });

  it('refuses a note dated before publication, in the future, or with an id used twice', () => {
    const early = validateStoryText(edit(story, 'date: 2025-01-16', 'date: 2024-01-16'), TODAY);
    expect(early.problems.some((p) => p.path === 'notes[0].date' && /before the story was published/.test(p.message))).toBe(true);
    const future = validateStoryText(edit(story, 'date: 2025-01-16', 'date: 2099-01-16'), TODAY);
    expect(future.problems.some((p) => p.path === 'notes[0].date' && /future/.test(p.message))).toBe(true);
    const twice = validateStoryText(edit(story, 'id: tutor_date', 'id: count_raised'), TODAY);
    expect(twice.problems.some((p) => p.path === 'notes[1].id')).toBe(true);
  });
});

describe('the share image address', () => {
  const sprite = buildBasemap();
  const at = (text: string, lang = 'en') => {
    const v = view(text, localeWithNotes(lang, {}), lang);
    return head(storyPageHead(v, sprite)).querySelector('meta[property="og:image"]')!.getAttribute('content')!;
  };
  const base = at(storyText());

  it('is versioned in its query string, so the address already sent still answers', () => {
    expect(base).toMatch(/\/share\.png\?v=[0-9a-f]{10}$/);
  });

  it('changes when a figure it shows changes, and only then', () => {
    expect(at(edit(storyText(), 'range_km: 300 ', 'range_km: 450 '))).not.toBe(base);
    // The share image does not show the shipping figures: its address stays.
    expect(at(edit(storyText(), 'before: 2100', 'before: 2200'))).toBe(base);
  });

  it('is the same in the page head, its JSON-LD and oEmbed, per edition', () => {
    for (const lang of ['en', 'ar']) {
      const v = view(storyText(), localeWithNotes(lang, {}), lang);
      const doc = head(storyPageHead(v, sprite));
      const og = doc.querySelector('meta[property="og:image"]')!.getAttribute('content');
      const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(ld.image[0].url).toBe(og);
      expect(doc.querySelector('meta[name="twitter:image"]')!.getAttribute('content')).toBe(og);
      const version = shareImageVersion(v, sprite);
      expect(oembed({ ...v.meta, base: v.edition.base, shareVersion: version }).thumbnail_url).toBe(og);
    }
  });
});

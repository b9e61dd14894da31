/**
 * Editions: the figures live once in story.yaml, each locale file holds only words. A figure changed
 * once changes every edition (in its own digits); an edition's view carries only its own words; a
 * pseudo-localised third edition renders through the same code.
 */
import { describe, expect, it } from 'vitest';
import { editionLangs, parseStoryData, parseWords, toView } from '$lib/server/story';
import { mergeEdition } from '$lib/data/edition';
import { plainText } from '$lib/text/markup';
import type { StoryView } from '$lib/types';
import { edit, localeText, storyText } from '../helpers/story-file';
import { pseudoLocale } from '../helpers/pseudo-locale';

const PSEUDO = pseudoLocale(localeText());

/** Both editions' views from one story.yaml text. */
function views(story: string): { en: StoryView; xa: StoryView } {
  const data = parseStoryData(story);
  const words = { en: parseWords(localeText(), data, 'en'), xa: parseWords(PSEUDO, data, 'xa') };
  const langs = ['en', 'xa'];
  return {
    en: toView(mergeEdition(data, words.en, 'en'), langs, words),
    xa: toView(mergeEdition(data, words.xa, 'xa'), langs, words)
  };
}

const stepText = (v: StoryView, id: string) => plainText(v.steps.find((s) => s.id === id)!.text);

describe('editions from the locale files', () => {
  it('are the files present, the root edition first', () => {
    expect(editionLangs({ ar: '', en: '', xa: '' })).toEqual(['en', 'ar', 'xa']);
    expect(editionLangs()).toContain('en');
  });

  it('each view knows its own language, direction and the others, with their links', () => {
    const { en, xa } = views(storyText());
    expect(en.edition).toMatchObject({ lang: 'en', tag: 'en-GB', dir: 'ltr', base: '' });
    expect(en.edition.others).toEqual([{ lang: 'xa', tag: 'en-XA', dir: 'ltr', name: 'Pséüdö', switch: 'Rééád thíš štörý íñ Pséüdö', base: '/xa' }]);
    expect(xa.edition.others.map((o) => [o.lang, o.base, o.switch])).toEqual([['en', '', 'Read this story in English']]);
    expect(xa.meta.language).toBe('en-XA');
  });
});

describe('a figure changed once in story.yaml', () => {
  const before = views(storyText());
  const after = views(edit(storyText(), 'range_km: 300 ', 'range_km: 450 '));

  it('changes the copy of both editions, each in its own digits', () => {
    expect(stepText(before.en, 'range')).toContain('With a range of 300\u00a0km');
    expect(stepText(after.en, 'range')).toContain('With a range of 450\u00a0km');
    expect(stepText(before.xa, 'range')).toContain('٣٠٠\u00a0km');
    expect(stepText(after.xa, 'range')).toContain('٤٥٠\u00a0km');
    expect(stepText(after.xa, 'range')).not.toContain('٣٠٠');
  });

  it('changes the graphics\' words and the share image line of both editions', () => {
    expect(after.en.words.map.withinRange).toBe('Within 450\u00a0km of a launch point');
    expect(after.xa.words.map.withinRange).toContain('٤٥٠');
    expect(after.en.words.shareImage.rangeLine).toBe('450\u00a0km: P-800 Yakhont');
    expect(after.xa.words.shareImage.rangeLine).toMatch(/^٤٥٠\u00a0km: /);
    // And what the figure drives: the rings, the times.
    expect(after.en.numbers.missile.range_km).toBe(450);
    expect(after.xa.numbers.missile.range_km).toBe(450);
    expect(after.xa.calc.missile_minutes).toBeGreaterThan(before.xa.calc.missile_minutes);
    expect(after.xa.words.speed.target).not.toBe(before.xa.words.speed.target);
  });

  it('changes the word form with the count: "1 attack", never "1 attacks"', () => {
    const one = views(edit(edit(storyText(), '  count: 40', '  count: 1'), 'compare_count: 190', 'compare_count: 1'));
    // "more than" follows the figure too: in words for one.
    expect(stepText(one.en, 'attacks')).toContain('more than one attack on merchant ships');
    expect(stepText(one.en, 'attacks')).toContain('the Pentagon counted 1 attack by');
    expect(one.en.steps.find((s) => s.id === 'attacks')!.alt).toMatch(/^One mark, one for each attack/);
    expect(stepText(before.en, 'attacks')).toContain('more than 40 attacks on merchant ships');
  });
});

describe('each edition carries only its own words', () => {
  const { en, xa } = views(storyText());
  it('the English view has no pseudo words but the link to that edition, and the other way round', () => {
    const enJson = JSON.stringify({ ...en, edition: { ...en.edition, others: [] } });
    const xaJson = JSON.stringify({ ...xa, edition: { ...xa.edition, others: [] } });
    expect(enJson).not.toMatch(/[áéíöüñš]/);
    expect(xaJson).not.toContain('Russia\'s supersonic missile');
    expect(xaJson).not.toContain('Skip the step-by-step graphics');
    expect(xa.meta.headlineText).toMatch(/^Rüššíá'š šüpéršöñíç/);
  });

  it('writes dates, ticks and units in the edition\'s language and digits', () => {
    expect(en.meta.publishedLabel).toBe('2\u00a0December 2024');
    // Intl's long date, its first space unbreakable (the day stays with its month).
    expect(xa.meta.publishedLabel).toBe(new Intl.DateTimeFormat('en-XA', { dateStyle: 'long', numberingSystem: 'arab', timeZone: 'UTC' }).format(new Date('2024-12-02')).replace(' ', '\u00a0'));
    expect(xa.meta.publishedLabel).toContain('٢٠٢٤');
    expect(xa.timeline.ticks.map((t) => t.label)).toEqual(['Jan ٢٠٢٤', 'Apr', 'Jul']);
    expect(xa.live.numbers.digits).toBe('٠١٢٣٤٥٦٧٨٩');
    expect(en.live.numbers.digits).toBe('0123456789');
  });
});

describe('an edition whose translation lags behind story.yaml', () => {
  // The Arabic words without one event's and one place's entry, as when an editor has added them
  // to story.yaml and en.yaml and the translator has not caught up.
  const data = parseStoryData(storyText());
  const lagging = localeText('ar').replace(/\n {2}tutor:\n(?: {4}.*\n)+/, '\n').replace(/\n {2}jeddah: .*\n/, '\n');
  expect(lagging).not.toMatch(/tutor|jeddah/);
  const ar = parseWords(lagging, data, 'ar');
  const view = toView(mergeEdition(data, ar, 'ar'), ['en', 'ar'], { en: parseWords(localeText(), data, 'en'), ar });

  it('is still built: the event and the place are drawn without a name, never with English words', () => {
    const tutor = view.events.find((e) => e.id === 'tutor')!;
    expect(tutor).toMatchObject({ date: expect.any(String), dateLabel: expect.stringMatching(/[٠-٩]/) });
    expect(tutor.ship).toBeUndefined();
    expect(tutor.what).toBeUndefined();
    expect(view.geo.places.find((p) => p.id === 'jeddah')!.name).toBeUndefined();
    expect(view.geo.eventMarks.find((e) => e.id === 'tutor')).toMatchObject({ x: expect.any(Number) });
    const json = JSON.stringify(view);
    for (const english of ['Tutor', 'Jeddah', 'drone boat']) expect(json, english).not.toContain(english);
    // Every other event keeps its Arabic name.
    expect(view.events.filter((e) => e.id !== 'tutor').every((e) => e.ship && /[\u0600-\u06ff]/.test(e.ship))).toBe(true);
  });
});

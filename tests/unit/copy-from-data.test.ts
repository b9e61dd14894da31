/** Periods in the copy are written from the data, so they follow the events an editor adds. */
import { describe, expect, it } from 'vitest';
import { parseStory, toView } from '$lib/server/story';
import { plainText } from '$lib/text/markup';
import { edit, localeText, storyText } from '../helpers/story-file';

const view = (text: string, lang: string) => toView(parseStory(text, localeText(lang), lang));
const step = (text: string, lang: string, id: string) => view(text, lang).steps.find((s) => s.id === id)!;
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('copy that the data would make false', () => {
  const later = edit(storyText(), 'date: 2024-08-21', 'date: 2025-03-10');

  it('the timeline alt spans the count’s start to the latest event, in each edition', () => {
    expect(plain(step(storyText(), 'en', 'events').alt)).toMatch(/^Timeline from November 2023 to August 2024 /);
    expect(plain(step(later, 'en', 'events').alt)).toMatch(/^Timeline from November 2023 to March 2025 /);
    expect(plain(step(later, 'ar', 'events').alt)).toContain('إلى مارس ٢٠٢٥');
  });

  it('the attacks kicker names the count’s start, not a typed period', () => {
    const moved = edit(storyText(), 'since: 2023-11-19', 'since: 2023-10-19');
    expect(plain(plainText(step(moved, 'en', 'attacks').kicker))).toBe('Attacks since October 2023');
    expect(plain(plainText(step(moved, 'ar', 'attacks').kicker))).toBe('هجمات منذ أكتوبر ٢٠٢٣');
  });

  it('the compared count is dated by its own last day', () => {
    const moved = edit(storyText(), 'compare_until: 2024-06-17', 'compare_until: 2025-01-31');
    expect(plain(plainText(step(moved, 'en', 'attacks').text))).toMatch(/by 31 January 2025\.$/);
  });
});

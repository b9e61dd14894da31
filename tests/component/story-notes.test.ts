/** The page and the embed show "Updated <date>" under the byline and the notes at the end of the story. */
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Story from '$lib/components/Story.svelte';
import { parseStory, toView } from '$lib/server/story';
import { AR_NOTES, EN_NOTES, localeWithNotes, storyWithNotes } from '../helpers/notes';

const view = (lang: string, items: Record<string, string>) => toView(parseStory(storyWithNotes(), localeWithNotes(lang, items), lang));

describe('Story with updates and corrections', () => {
  for (const embedded of [false, true]) {
    it(`${embedded ? 'embed' : 'page'}: the latest date beside the byline, every worded note at the end`, () => {
      const { container } = render(Story, { story: view('en', EN_NOTES), embedded });
      const updated = container.querySelector('.byline [data-modified]')!;
      expect(updated.getAttribute('datetime')).toBe('2025-02-03');
      expect(updated.textContent!.replace(/\u00a0/g, ' ')).toBe('Updated 3 February 2025');
      expect(updated.closest('a')?.getAttribute('href')).toBe('#notes');
      const notes = [...container.querySelectorAll('section.notes li')];
      expect(notes.map((li) => li.getAttribute('data-note-kind'))).toEqual(['update', 'correction']);
      expect(notes[1].textContent!.replace(/\u00a0/g, ' ')).toMatch(/^Correction 3 February 2025: An earlier version gave the wrong date/);
      expect(container.querySelector('section.notes h2')!.textContent).toBe('Updates and corrections');
    });
  }

  it('an edition without a note\'s words shows the date and the notes it has, in its own words', () => {
    const { container } = render(Story, { story: view('ar', AR_NOTES) });
    expect(container.querySelector('.byline [data-modified]')!.getAttribute('datetime')).toBe('2025-02-03');
    expect([...container.querySelectorAll('section.notes li')].map((li) => li.getAttribute('data-note'))).toEqual(['count_raised']);
    expect(container.querySelector('section.notes')!.textContent).not.toMatch(/[A-Za-z]/);
  });

  it('without notes: no date line and no list', () => {
    const { container } = render(Story, { story: toView(parseStory(undefined, localeWithNotes('en', {}), 'en')) });
    expect(container.querySelector('[data-modified], section.notes')).toBeNull();
  });
});

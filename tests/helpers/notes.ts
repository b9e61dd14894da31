/** story.yaml and locale files with an update and a correction added, as an editor and a translator would. */
import { edit, localeText, storyText } from './story-file';

export const NOTES_YAML = `
notes:
  - id: count_raised
    date: 2025-01-16
    kind: update
  - id: tutor_date
    date: 2025-02-03
    kind: correction
`;

export const storyWithNotes = (text = storyText()): string => text + NOTES_YAML;

/** A locale file's notes block with words for the given note ids. */
export function localeWithNotes(lang: string, items: Record<string, string>): string {
  const text = localeText(lang);
  if (!Object.keys(items).length) return text;
  const lines = Object.entries(items).map(([id, words]) => `    ${id}: ${JSON.stringify(words)}`);
  return edit(text, '\nnotes:\n', `\nnotes:\n  items:\n${lines.join('\n')}\n`);
}

export const EN_NOTES = {
  count_raised: 'The count of attacks now runs to {attacks_count}.',
  tutor_date: 'An earlier version gave the wrong date for the attack on the Tutor.'
};
export const AR_NOTES = { count_raised: 'بلغ عدد الهجمات الآن {attacks_count}.' };

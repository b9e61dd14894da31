/** A locale file's text checked against the real story.yaml, as check:data does. */
import { validateLocaleText } from '../../src/lib/data/locale-check';
import { validateStoryText } from '../../src/lib/data/validate';
import { storyText, TODAY } from './story-file';

export function checkLocale(text: string, file = 'en.yaml', story = storyText()) {
  const data = validateStoryText(story, TODAY).story;
  if (!data) throw new Error('story.yaml must be valid for a locale check');
  return validateLocaleText(text, data, file);
}
export const localeErrors = (text: string, file?: string) => checkLocale(text, file).problems.filter((p) => p.severity === 'error');
export const localeWarnings = (text: string, file?: string) => checkLocale(text, file).problems.filter((p) => p.severity === 'warning');

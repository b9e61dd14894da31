import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// From the project root (vitest's cwd): import.meta.url is not a file URL under jsdom.
export const STORY_PATH = resolve(process.cwd(), 'src/lib/data/story.yaml');
export const storyText = (): string => readFileSync(STORY_PATH, 'utf8');

/** A locale file of the project (the words of one edition). */
export const LOCALES_DIR = resolve(process.cwd(), 'src/lib/data/locales');
export const localePath = (lang = 'en'): string => resolve(LOCALES_DIR, `${lang}.yaml`);
export const localeText = (lang = 'en'): string => readFileSync(localePath(lang), 'utf8');

/** A fixed "today" so date rules do not drift as the calendar moves. */
export const TODAY = '2026-11-25';

/** Replace exactly one occurrence of `from` (so a test edit cannot silently miss). */
export function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`edit: "${from}" must occur exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

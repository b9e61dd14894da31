import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const STORY_PATH = fileURLToPath(new URL('../../src/lib/data/story.yaml', import.meta.url));
export const storyText = (): string => readFileSync(STORY_PATH, 'utf8');

/** A fixed "today" so date rules do not drift as the calendar moves. */
export const TODAY = '2026-11-25';

/** Replace exactly one occurrence of `from` (so a test edit cannot silently miss). */
export function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`edit: "${from}" must occur exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

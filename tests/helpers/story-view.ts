/** The real story.yaml and en.yaml, turned into the StoryView the page receives (as the build does). */
import { parseStory, toView } from '../../src/lib/server/story';
import type { StoryView } from '../../src/lib/types';
import { localeText, storyText } from './story-file';

export const storyViewFixture = (text = storyText(), locale = localeText(), lang = 'en'): StoryView => toView(parseStory(text, locale, lang));

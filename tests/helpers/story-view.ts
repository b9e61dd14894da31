/** The real story.yaml, turned into the StoryView the page receives (as the build does). */
import { parseStory, toView } from '../../src/lib/server/story';
import type { StoryView } from '../../src/lib/types';
import { storyText } from './story-file';

export const storyViewFixture = (text = storyText()): StoryView => toView(parseStory(text));

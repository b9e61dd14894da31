import { loadStoryView, ROOT_LANG } from '$lib/server/story';
import { storyPageHead } from '$lib/server/page-head';
import type { PageServerLoad } from './$types';

// The root edition (en.yaml) at the site root; the others are under /<lang>/ ([lang]/).
export const load: PageServerLoad = ({ locals }) => {
  const story = loadStoryView(ROOT_LANG);
  locals.head = storyPageHead(story);
  return { story };
};

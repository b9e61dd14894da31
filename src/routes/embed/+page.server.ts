import { loadStoryView, ROOT_LANG } from '$lib/server/story';
import type { PageServerLoad } from './$types';

// The same story as the page, drawn by the same component in its embedded mode.
export const load: PageServerLoad = () => ({ story: loadStoryView(ROOT_LANG) });

import { loadStoryView, ROOT_LANG } from '$lib/server/story';
import type { PageServerLoad } from './$types';

// The root edition (en.yaml) at the site root; the others are under /<lang>/ ([lang]/).
export const load: PageServerLoad = () => ({ story: loadStoryView(ROOT_LANG) });

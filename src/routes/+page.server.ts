import { ROOT_LANG } from '$lib/server/story';
import { loadStoryPage } from '$lib/server/page-head';
import type { PageServerLoad } from './$types';

// The root edition (en.yaml) at the site root; the others are under /<lang>/ ([lang]/).
export const load: PageServerLoad = ({ locals }) => loadStoryPage(ROOT_LANG, locals);

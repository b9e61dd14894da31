import { ROOT_LANG } from '$lib/server/story';
import { embedCodeData } from '$lib/server/embed-code';
import type { PageServerLoad } from './$types';

// Only the header fields, the codes and the page's words: this page does not draw the story itself.
export const load: PageServerLoad = () => embedCodeData(ROOT_LANG);

import { ROOT_LANG } from '$lib/server/story';
import { loadDeskPage } from '$lib/server/statics-pages';
import type { PageServerLoad } from './$types';

// The root edition's statics desk page (not linked from the story); the others' are /<lang>/statics/.
export const csr = false;
export const load: PageServerLoad = () => loadDeskPage(ROOT_LANG);

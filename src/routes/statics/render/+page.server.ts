import { ROOT_LANG } from '$lib/server/story';
import { staticsRenderData } from '$lib/server/statics';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => staticsRenderData(ROOT_LANG);

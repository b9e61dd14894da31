import { loadStoryView } from '$lib/server/story';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ story: loadStoryView() });

import { error } from '@sveltejs/kit';
import { editionLangs, ROOT_LANG } from '$lib/server/story';
import { loadStoryPage } from '$lib/server/page-head';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every edition but the root one, each from its locale file: a new file is a new edition. */
export const entries: EntryGenerator = () => editionLangs().filter((l) => l !== ROOT_LANG).map((lang) => ({ lang }));

export const load: PageServerLoad = ({ params, locals }) => {
  if (params.lang === ROOT_LANG || !editionLangs().includes(params.lang)) error(404, 'No such edition');
  return loadStoryPage(params.lang, locals);
};

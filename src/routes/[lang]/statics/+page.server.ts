import { error } from '@sveltejs/kit';
import { editionLangs, ROOT_LANG } from '$lib/server/story';
import { loadDeskPage } from '$lib/server/statics-pages';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => editionLangs().filter((l) => l !== ROOT_LANG).map((lang) => ({ lang }));
export const csr = false;

export const load: PageServerLoad = ({ params }) => {
  if (params.lang === ROOT_LANG || !editionLangs().includes(params.lang)) error(404, 'No such edition');
  return loadDeskPage(params.lang);
};

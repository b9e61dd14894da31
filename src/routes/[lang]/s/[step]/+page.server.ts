import { error } from '@sveltejs/kit';
import { editionLangs, loadStoryView, ROOT_LANG } from '$lib/server/story';
import { loadStepPage } from '$lib/server/statics-pages';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every step of every edition but the root one. */
export const entries: EntryGenerator = () =>
  editionLangs()
    .filter((l) => l !== ROOT_LANG)
    .flatMap((lang) => loadStoryView(lang).steps.map((s) => ({ lang, step: s.id })));
export const csr = false;

export const load: PageServerLoad = ({ params, locals }) => {
  if (params.lang === ROOT_LANG || !editionLangs().includes(params.lang)) error(404, 'No such edition');
  if (!loadStoryView(params.lang).steps.some((s) => s.id === params.step)) error(404, 'No such step');
  return loadStepPage(params.lang, params.step, locals);
};

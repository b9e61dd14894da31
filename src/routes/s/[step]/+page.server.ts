import { error } from '@sveltejs/kit';
import { loadStoryView, ROOT_LANG } from '$lib/server/story';
import { loadStepPage } from '$lib/server/statics-pages';
import type { EntryGenerator, PageServerLoad } from './$types';

// The root edition's step share pages; the others' are under /<lang>/s/ ([lang]/s/[step]/).
export const entries: EntryGenerator = () => loadStoryView(ROOT_LANG).steps.map((s) => ({ step: s.id }));
// No app code: the page is its head for crawlers and a link (followed by s/go.js) for readers.
export const csr = false;

export const load: PageServerLoad = ({ params, locals }) => {
  if (!loadStoryView(ROOT_LANG).steps.some((s) => s.id === params.step)) error(404, 'No such step');
  return loadStepPage(ROOT_LANG, params.step, locals);
};

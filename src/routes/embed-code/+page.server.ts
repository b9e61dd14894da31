import { loadStoryView } from '$lib/server/story';
import { iframeCode, snippetCode } from '$lib/embed/codes';
import type { PageServerLoad } from './$types';

// Only the header fields and the codes: this page does not draw the story itself.
export const load: PageServerLoad = () => {
  const { meta } = loadStoryView();
  return {
    headline: meta.headlineText,
    siteName: meta.siteName,
    snippet: snippetCode(meta),
    iframe: iframeCode(meta)
  };
};

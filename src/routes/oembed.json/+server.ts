import { oembedResponse } from '$lib/server/files';
import { ROOT_LANG } from '$lib/server/story';

// Prerendered to build/oembed.json, linked from the page's <link rel="alternate">.
export const prerender = true;

export const GET = (): Response => oembedResponse(ROOT_LANG);

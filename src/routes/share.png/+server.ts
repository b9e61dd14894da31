import { shareImageResponse } from '$lib/server/files';
import { ROOT_LANG } from '$lib/server/story';

// Prerendered to build/share.png: the 1200×630 share image, drawn from the story's own map.
export const prerender = true;

export const GET = (): Response => shareImageResponse(ROOT_LANG);

import { loadStoryView } from '$lib/server/story';
import { buildBasemap } from '$lib/server/basemap';
import { renderShareImage } from './share-image';

// Prerendered to build/share.png: the 1200×630 share image, drawn from the story's own map.
export const prerender = true;

export function GET(): Response {
  const png = renderShareImage(loadStoryView(), buildBasemap());
  return new Response(png as Uint8Array<ArrayBuffer>, {
    headers: { 'content-type': 'image/png', 'cache-control': 'public, max-age=3600' }
  });
}

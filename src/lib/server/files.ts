/** The prerendered files each edition has beside its pages: oembed.json and share.png. */
import { json } from '@sveltejs/kit';
import { oembed } from '$lib/embed/codes';
import { buildBasemap } from './basemap';
import { loadStoryView } from './story';
import { renderShareImage, shareImageVersion } from './share-image';

export function oembedResponse(lang: string): Response {
  const view = loadStoryView(lang);
  return json(oembed({ ...view.meta, base: view.edition.base, shareVersion: shareImageVersion(view, buildBasemap()) }), { headers: { 'cache-control': 'public, max-age=3600' } });
}

export function shareImageResponse(lang: string): Response {
  const png = renderShareImage(loadStoryView(lang), buildBasemap());
  return new Response(png as Uint8Array<ArrayBuffer>, {
    headers: { 'content-type': 'image/png', 'cache-control': 'public, max-age=3600' }
  });
}

/** The editions' generated web fonts (see $lib/server/fonts), prerendered into build/fonts/. */
import { error } from '@sveltejs/kit';
import { WEB_FONTS, webFont } from '$lib/server/fonts';

export const prerender = true;

export const entries = () => Object.keys(WEB_FONTS).map((file) => ({ file }));

export async function GET({ params }) {
  if (!(params.file in WEB_FONTS)) error(404, 'no such font');
  const body = await webFont(params.file);
  return new Response(new Uint8Array(body), { headers: { 'content-type': 'font/woff2' } });
}

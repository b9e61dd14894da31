import { json } from '@sveltejs/kit';
import { loadStoryView } from '$lib/server/story';
import { oembed } from '$lib/embed/codes';

// Prerendered to build/oembed.json, linked from the page's <link rel="alternate">.
export const prerender = true;

export function GET(): Response {
  return json(oembed(loadStoryView().meta), { headers: { 'cache-control': 'public, max-age=3600' } });
}

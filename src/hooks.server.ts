import type { Handle } from '@sveltejs/kit';
import { editionOfPath } from '$lib/server/story';

// <html lang dir> per edition: app.html has %lang% and %dir%, filled from the page's locale file.
export const handle: Handle = ({ event, resolve }) => {
  const { tag, dir } = editionOfPath(event.url.pathname);
  return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', tag).replace('%dir%', dir) });
};

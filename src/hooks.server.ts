/**
 * Every page gets the theme's stylesheet inlined in its head (app.html's marker): the tokens' light
 * and dark values with the accent and fonts an editor set in story.yaml. Inlined, not linked, so
 * the first paint already has the right colours; built here, on the server, so no token ships in JS.
 * And <html lang dir> per edition: app.html has %lang% and %dir%, filled from the page's locale file;
 * and the head tags a page's load wrote (locals.head: the story pages' share cards, alternates, JSON-LD).
 * And the edition's typeface (font preloads, its :root rule), which the root layout used to render:
 * it never changes in the browser, so its code no longer ships there.
 */
import type { Handle } from '@sveltejs/kit';
import { editionOfPath, parseStory } from '$lib/server/story';
import { themeCss } from '$lib/theme/theme-css';
import { scriptOf, typefaceFor, typefaceHead } from '$lib/fonts/typefaces';
import { upFrom } from '$lib/server/statics-pages';

const MARK = '/*theme-tokens*/';
const HEAD_MARK = '<!--page-head-->';
const FACE_MARK = '<!--typeface-->';

let cached: string | undefined;
function css(): string {
  if (cached && !import.meta.env.DEV) return cached;
  try {
    const theme = parseStory().theme;
    cached = themeCss({ accent: theme?.accent, fontText: theme?.font_text, fontLabels: theme?.font_labels });
  } catch {
    // A broken story.yaml: the page shows (dev) or fails (build) with the list of problems anyway.
    cached = themeCss();
  }
  return cached;
}

export const handle: Handle = ({ event, resolve }) => {
  const { tag, dir } = editionOfPath(event.url.pathname);
  const face = typefaceHead(typefaceFor(tag, scriptOf(tag)), upFrom(event.url.pathname));
  return resolve(event, {
    transformPageChunk: ({ html }) =>
      html.replace(MARK, css()).replace('%lang%', tag).replace('%dir%', dir).replace(FACE_MARK, () => face).replace(HEAD_MARK, () => event.locals.head ?? '')
  });
};

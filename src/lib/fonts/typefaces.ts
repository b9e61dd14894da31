/**
 * The typefaces of each writing system an edition can be written in. An edition gets the typeface
 * of its language's script (Intl.Locale's likely script: en → Latn, ar → Arab), so no language is
 * named here and a new edition in an already-covered script needs no code. Each edition preloads
 * only its own faces; app.css declares every face, and a browser downloads only the faces in use.
 * Written into each page's head by the server (src/hooks.server.ts): no typeface code ships to readers.
 */
export interface Typeface {
  /** Font files under /fonts/ for the first screen (headline, dek, byline), preloaded with the HTML. */
  preload: string[];
  /** CSS custom properties set on :root for this script (app.css's defaults are the Latin ones). */
  vars: Record<string, string>;
}

const LATIN: Typeface = {
  preload: ['source-serif-4-700.woff2', 'source-serif-4-400.woff2', 'source-sans-3-400.woff2'],
  vars: {}
};

export const TYPEFACES: Record<string, Typeface> = {
  Latn: LATIN,
  // Noto Naskh Arabic for reading (a naskh, the news and book hand), Noto Sans Arabic for labels.
  // Arabic letters join: no letter-spacing; it has no italic or capitals, so emphasis stays upright.
  Arab: {
    preload: ['noto-naskh-arabic-700.woff2', 'noto-naskh-arabic-400.woff2', 'noto-sans-arabic-400.woff2'],
    vars: {
      '--serif': "'Noto Naskh Arabic', 'Noto Naskh Arabic fallback', serif",
      '--sans': "'Noto Sans Arabic', 'Noto Sans Arabic fallback', sans-serif",
      '--tracking': '0',
      '--italic': 'normal'
    }
  }
};

/** The script a language is written in (ISO 15924, e.g. "Latn"), as the runtime's locale data says. */
export function scriptOf(tag: string): string {
  try {
    return new Intl.Locale(tag).maximize().script ?? 'Latn';
  } catch {
    return 'Latn';
  }
}

/** `script`: the tag's script when the build already worked it out (scriptOf is slow the first time). */
export function typefaceFor(tag: string, script: string = scriptOf(tag)): Typeface {
  return TYPEFACES[script] ?? LATIN;
}

/** The :root rule that switches the page to a typeface ('' for the Latin defaults). */
export function typefaceStyle(face: Typeface): string {
  const decls = Object.entries(face.vars).map(([k, v]) => `${k}:${v}`);
  // :root:root outranks app.css's :root defaults wherever the two rules land in the head.
  return decls.length ? `:root:root{${decls.join(';')}}` : '';
}

/**
 * The head tags of an edition's typeface: preloads of the first screen's fonts (fetched with the
 * HTML rather than after the CSS, so no text reflows when they swap in) and its :root rule.
 * `root`: the site's root relative to the page ('', '../': upFrom), as the page's other asset URLs are, so
 * a story published under a sub-path preloads the files its CSS will ask for.
 */
export function typefaceHead(face: Typeface, root: string): string {
  const links = face.preload.map((file) => `<link rel="preload" href="${root}fonts/${file}" as="font" type="font/woff2" crossorigin="anonymous"/>`);
  const style = typefaceStyle(face);
  return links.join('') + (style ? `<style>${style}</style>` : '');
}

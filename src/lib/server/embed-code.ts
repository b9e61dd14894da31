/** The embed-code page's data for one edition: its codes and its words, rendered at build time. */
import { iframeCode, snippetCode } from '$lib/embed/codes';
import { collectFigures } from '$lib/data/figures';
import { renderer } from '$lib/i18n/render';
import { plainText } from '$lib/text/markup';
import { loadEdition, loadStoryView } from './story';
import { imageCodes } from './statics-pages';

/** The widths the page previews the embed at (px). */
const WIDTHS = [320, 600, 1000];

export function embedCodeData(lang: string) {
  const view = loadStoryView(lang);
  const story = loadEdition(lang);
  const r = renderer(story.edition, collectFigures(story));
  const e = story.words.embed_code;
  const headline = view.meta.headlineText;
  const t = (m: string, args: Record<string, string | number> = {}) => plainText(r.copy(m, { headline, site: view.meta.siteName, ...args }));
  const meta = { ...view.meta, base: view.edition.base };
  return {
    /** The edition's language tag: the layout picks its typeface by it. */
    language: view.meta.language,
    script: view.meta.script,
    headline,
    /** From this page to the site root, where embed.js is (one script for every edition). */
    toRoot: '../'.repeat(view.edition.base.split('/').length),
    snippet: snippetCode(meta),
    iframe: iframeCode(meta),
    /** A still image linked to the story, per step and theme (hosts that take no iframe or script). */
    image: imageCodes(lang),
    previews: WIDTHS.map((width) => ({ width, caption: t(e.preview_width, { width: r.number(width) }), title: t(e.preview_frame, { width: r.number(width) }) })),
    words: {
      title: t(e.title),
      heading: t(e.heading),
      snippetTitle: t(e.snippet_title),
      snippetHelp: t(e.snippet_help),
      snippetCopy: t(e.snippet_copy),
      snippetCopied: t(e.snippet_copied),
      iframeTitle: t(e.iframe_title),
      iframeHelp: t(e.iframe_help),
      themeHelp: t(e.theme_help),
      iframeCopy: t(e.iframe_copy),
      iframeCopied: t(e.iframe_copied),
      copyBlocked: t(e.copy_blocked),
      previewTitle: t(e.preview_title)
    },
    imageWords: {
      title: t(story.words.image_code.title),
      help: t(story.words.image_code.help),
      stepLabel: t(story.words.image_code.step_label),
      themeLabel: t(story.words.image_code.theme_label),
      copy: t(story.words.image_code.copy),
      copied: t(story.words.image_code.copied),
      allTitle: t(story.words.image_code.all_title)
    }
  };
}

export type EmbedCodeData = ReturnType<typeof embedCodeData>;

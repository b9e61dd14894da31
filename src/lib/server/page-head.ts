/**
 * The story page's <head> tags (title, description, canonical, hreflang alternates, oEmbed discovery,
 * share cards, JSON-LD), as HTML written into the prerendered page by the server hook
 * (hooks.server.ts): each edition is a document of its own (every link reloads), so nothing in the
 * head ever changes in the browser. Written by the server, they ship no code and cost hydration
 * nothing; as a component's <svelte:head>, hydrating them was a sixth of the page's hydration on a
 * slow phone.
 */
import { SHARE_IMAGE, urls } from '$lib/embed/codes';
import { jsonLdScript, newsArticle } from '$lib/embed/share';
import { escapeHtml } from '$lib/text/escape';
import type { StoryView } from '$lib/types';
import { loadStoryView } from './story';
import { buildBasemap } from './basemap';
import { shareImageVersion } from './share-image';


/** One element: `<tag a="…" b="…">`, every value escaped. */
const tag = (name: string, attrs: Record<string, string>) =>
  `<${name}${Object.entries(attrs).map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join('')}>`;

export function storyPageHead(story: StoryView, sprite: string = buildBasemap()): string {
  const shareVersion = shareImageVersion(story, sprite);
  const meta = { ...story.meta, base: story.edition.base, shareVersion };
  const at = urls(story.meta.siteUrl, story.edition.base, shareVersion);
  const imageAlt = story.words.page.shareImageAlt;
  // Every edition names every edition (itself too), and the root edition is the default.
  const alternates = [
    { tag: story.edition.tag, href: at.page },
    ...story.edition.others.map((o) => ({ tag: o.tag, href: urls(story.meta.siteUrl, o.base).page }))
  ];
  const property = (p: string, content: string) => tag('meta', { property: p, content });
  const named = (name: string, content: string) => tag('meta', { name, content });
  return [
    `<title>${escapeHtml(story.words.page.title)}</title>`,
    named('description', story.meta.dekText),
    tag('link', { rel: 'canonical', href: at.page }),
    ...alternates.map((a) => tag('link', { rel: 'alternate', hreflang: a.tag, href: a.href })),
    tag('link', { rel: 'alternate', hreflang: 'x-default', href: urls(story.meta.siteUrl).page }),
    tag('link', { rel: 'alternate', type: 'application/json+oembed', href: at.oembed, title: story.meta.headlineText }),
    property('og:type', 'article'),
    property('og:site_name', story.meta.siteName),
    property('og:locale', story.edition.tag.replace('-', '_')),
    property('og:title', story.meta.headlineText),
    property('og:description', story.meta.dekText),
    property('og:url', at.page),
    property('og:image', at.shareImage),
    property('og:image:type', 'image/png'),
    property('og:image:width', String(SHARE_IMAGE.width)),
    property('og:image:height', String(SHARE_IMAGE.height)),
    property('og:image:alt', imageAlt),
    property('article:published_time', story.meta.published),
    ...(story.meta.modified ? [property('article:modified_time', story.meta.modified)] : []),
    named('twitter:card', 'summary_large_image'),
    named('twitter:title', story.meta.headlineText),
    named('twitter:description', story.meta.dekText),
    named('twitter:image', at.shareImage),
    named('twitter:image:alt', imageAlt),
    // Our own data, serialised with <, > and & escaped (see jsonLdScript).
    jsonLdScript(newsArticle(meta))
  ].join('\n');
}

/** A story page's load: the edition's story for the page, and its head tags for the hook (locals.head). */
export function loadStoryPage(lang: string, locals: App.Locals): { story: StoryView } {
  const story = loadStoryView(lang);
  locals.head = storyPageHead(story);
  return { story };
}

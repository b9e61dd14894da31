/**
 * The story page's <head> tags (title, description, canonical, hreflang alternates, oEmbed discovery,
 * share cards, JSON-LD), and a step's share page's (its card, the story as canonical), as HTML written into the prerendered page by the server hook
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

/** What a crawler shows for a page's link: its title, description, address and image. */
export interface ShareCard {
  title: string;
  description: string;
  /** The page's own address (og:url: Facebook scrapes the page it names, so never another page). */
  url: string;
  image: { url: string; width: number; height: number; alt: string };
}

const property = (p: string, content: string) => tag('meta', { property: p, content });
const named = (name: string, content: string) => tag('meta', { name, content });

/** Open Graph and X large-card tags for a page of an edition (the story's, a step's). */
export function shareCardTags(story: StoryView, card: ShareCard): string[] {
  return [
    property('og:type', 'article'),
    property('og:site_name', story.meta.siteName),
    property('og:locale', story.edition.tag.replace('-', '_')),
    property('og:title', card.title),
    property('og:description', card.description),
    property('og:url', card.url),
    property('og:image', card.image.url),
    property('og:image:type', 'image/png'),
    property('og:image:width', String(card.image.width)),
    property('og:image:height', String(card.image.height)),
    property('og:image:alt', card.image.alt),
    property('article:published_time', story.meta.published),
    named('twitter:card', 'summary_large_image'),
    named('twitter:title', card.title),
    named('twitter:description', card.description),
    named('twitter:image', card.image.url),
    named('twitter:image:alt', card.image.alt)
  ];
}

export function storyPageHead(story: StoryView, sprite: string = buildBasemap()): string {
  const shareVersion = shareImageVersion(story, sprite);
  const meta = { ...story.meta, base: story.edition.base, shareVersion };
  const at = urls(story.meta.siteUrl, story.edition.base, shareVersion);
  // Every edition names every edition (itself too), and the root edition is the default.
  const alternates = [
    { tag: story.edition.tag, href: at.page },
    ...story.edition.others.map((o) => ({ tag: o.tag, href: urls(story.meta.siteUrl, o.base).page }))
  ];
  const image = { url: at.shareImage, ...SHARE_IMAGE, alt: story.words.page.shareImageAlt };
  return [
    `<title>${escapeHtml(story.words.page.title)}</title>`,
    named('description', story.meta.dekText),
    tag('link', { rel: 'canonical', href: at.page }),
    ...alternates.map((a) => tag('link', { rel: 'alternate', hreflang: a.tag, href: a.href })),
    tag('link', { rel: 'alternate', hreflang: 'x-default', href: urls(story.meta.siteUrl).page }),
    tag('link', { rel: 'alternate', type: 'application/json+oembed', href: at.oembed, title: story.meta.headlineText }),
    ...shareCardTags(story, { title: story.meta.headlineText, description: story.meta.dekText, url: at.page, image }),
    ...(story.meta.modified ? [property('article:modified_time', story.meta.modified)] : []),
    // Our own data, serialised with <, > and & escaped (see jsonLdScript).
    jsonLdScript(newsArticle(meta))
  ].join('\n');
}

/**
 * A step's share page: that step's card for crawlers, the story as its canonical page, kept out of
 * search results (it is the story's step, not a page of its own).
 */
export function stepPageHead(story: StoryView, title: string, card: ShareCard): string {
  return [
    `<title>${escapeHtml(title)}</title>`,
    named('description', card.description),
    named('robots', 'noindex'),
    tag('link', { rel: 'canonical', href: urls(story.meta.siteUrl, story.edition.base).page }),
    ...shareCardTags(story, card)
  ].join('\n');
}

/** A story page's load: the edition's story for the page, and its head tags for the hook (locals.head). */
export function loadStoryPage(lang: string, locals: App.Locals): { story: StoryView } {
  const story = loadStoryView(lang);
  locals.head = storyPageHead(story);
  return { story };
}

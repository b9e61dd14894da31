/**
 * Every address and code a host needs, from the one base URL in story.yaml (meta.site_url):
 * the paste-in snippet, the plain iframe (for CMSs that strip scripts) and the oEmbed answer.
 */
import { escapeHtml as attr } from '$lib/text/escape';

export interface EmbedMeta {
  siteUrl: string;
  siteName: string;
  headlineText: string;
  /** The edition's path from the site root: "" (the root edition) or "/ar". */
  base?: string;
  /** The share image's version (server/share-image.ts): its address changes when what it shows does. */
  shareVersion?: string;
}

/** Share image size (Open Graph / Twitter large card). */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;
/** The plain iframe's height: WordPress caps sandboxed embeds at 1000 px. */
export const IFRAME_HEIGHT = 1000;

/** An edition's addresses (`edition` "" or "/ar"); the paste-in script is one for all editions. */
export function urls(siteUrl: string, edition = '', shareVersion?: string) {
  const root = siteUrl.replace(/\/+$/, '');
  const base = root + edition;
  return {
    page: `${base}/`,
    embed: `${base}/embed/`,
    script: `${root}/embed.js`,
    oembed: `${base}/oembed.json`,
    shareImage: `${base}/share.png${shareVersion ? `?v=${shareVersion}` : ''}`
  };
}

/** One element plus one async script: the snippet builds a resizing, scroll-aware iframe. */
export function snippetCode(meta: EmbedMeta, at = urls(meta.siteUrl, meta.base)): string {
  return `<div data-story-embed="${attr(at.embed)}" data-title="${attr(meta.headlineText)}"></div>\n<script async src="${attr(at.script)}"></script>`;
}

/** A plain iframe: no host script, so the embed shows its stacked layout. */
export function iframeCode(meta: EmbedMeta, at = urls(meta.siteUrl, meta.base)): string {
  return `<iframe src="${attr(at.embed)}" title="${attr(meta.headlineText)}" width="100%" height="${IFRAME_HEIGHT}" loading="lazy" style="border:0"></iframe>`;
}

/** The oEmbed 1.0 answer (type rich): html is the plain iframe, which works in sandboxes. */
export function oembed(meta: EmbedMeta) {
  const at = urls(meta.siteUrl, meta.base, meta.shareVersion);
  return {
    version: '1.0',
    type: 'rich',
    title: meta.headlineText,
    provider_name: meta.siteName,
    provider_url: at.page,
    html: iframeCode(meta, at),
    width: 600,
    height: IFRAME_HEIGHT,
    thumbnail_url: at.shareImage,
    thumbnail_width: SHARE_IMAGE.width,
    thumbnail_height: SHARE_IMAGE.height
  };
}

/** A still image linked to the story: for hosts that take no iframe and no script (newsletters, Apple News, AMP placeholders). */
export interface LinkedImage {
  /** The story's address at the step the image shows. */
  href: string;
  src: string;
  alt: string;
  /** The size to show it at, in CSS px (the file may have more pixels, for sharp screens). */
  width: number;
  height: number;
}

/** `<a><img></a>`, scaled down to the column it is put in, never past its own width. */
export function imageCode(img: LinkedImage): string {
  return `<a href="${attr(img.href)}"><img src="${attr(img.src)}" alt="${attr(img.alt)}" width="${img.width}" height="${img.height}" style="display:block;max-width:100%;height:auto;border:0"></a>`;
}

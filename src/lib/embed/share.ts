/** Share metadata for the story page: schema.org NewsArticle JSON-LD, safe to inline in <script>. */
import { SHARE_IMAGE, urls } from './codes';

export interface ShareMeta {
  siteUrl: string;
  siteName: string;
  headlineText: string;
  dekText: string;
  published: string;
  byline: string;
  language: string;
  /** The edition's path from the site root ("" or "/ar"). */
  base?: string;
  /** The latest update's or correction's date, when there is one. */
  modified?: string;
  /** The share image's version (its address changes when what it shows does). */
  shareVersion?: string;
}

export function newsArticle(meta: ShareMeta) {
  const at = urls(meta.siteUrl, meta.base, meta.shareVersion);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: meta.headlineText,
    description: meta.dekText,
    datePublished: meta.published,
    ...(meta.modified ? { dateModified: meta.modified } : {}),
    inLanguage: meta.language,
    mainEntityOfPage: at.page,
    url: at.page,
    image: [{ '@type': 'ImageObject', url: at.shareImage, width: SHARE_IMAGE.width, height: SHARE_IMAGE.height }],
    author: [{ '@type': 'Organization', name: meta.byline }],
    publisher: { '@type': 'Organization', name: meta.siteName, url: new URL(at.page).origin }
  };
}

/**
 * JSON for an inline <script type="application/ld+json">: `<`, `>` and `&` escaped as \u
 * sequences, so no copy from the data file can close the script element.
 */
export function jsonLdScript(data: unknown): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
  return `<script type="application/ld+json">${json}</script>`;
}

/**
 * The desk page's and the step share pages' bodies as HTML, written on the server: both pages run no
 * script (csr = false). Written when the site had one client bundle (every page component shipped in
 * the story's JS); the client is split by route now, so these could be components again. Every value
 * is escaped; the markup is ours.
 */
import { escapeHtml as esc } from '$lib/text/escape';
import { keepTogether } from '$lib/text/markup';

/** Text with its designations ("P-800") kept on one line and isolated, as Rich draws copy. */
const prose = (text: string) => keepTogether(text).map((p) => (p.keep ? `<bdi class="keep">${esc(p.v)}</bdi>` : esc(p.v))).join('');
import type { DeskData, StepPageData } from './statics-pages';

const join = (parts: (string | false)[]) => parts.filter(Boolean).join('');

/** The desk page's <main> content: heading, the zip, every file by step, the share links. */
export function deskHtml(d: DeskData): string {
  const w = d.words;
  const file = (f: DeskData['steps'][number]['files'][number]) =>
    join([
      `<li class="file" data-file="${esc(f.file)}">`,
      f.image
        ? `<img class="thumb" src="${esc(f.href)}" alt="${esc(f.alt)}" width="${f.width}" height="${f.height}" loading="lazy" decoding="async">`
        : `<p class="thumb pdf" aria-hidden="true">${esc(f.extension)}</p>`,
      `<p class="what">${esc(f.format)} · ${esc(f.theme)} · ${esc(f.size)}</p>`,
      `<p class="alt"><span class="label">${esc(w.altLabel)}</span> ${prose(f.alt)}</p>`,
      `<a href="${esc(f.href)}" download>${esc(f.download)}</a>`,
      `</li>`
    ]);
  return join([
    `<h1>${esc(w.heading)}</h1>`,
    `<p class="lede">${esc(d.headline)}</p>`,
    `<p>${esc(w.lede)}</p>`,
    `<p><a class="zip" href="${esc(d.zip.href)}" download>${esc(d.zip.label)}</a></p>`,
    ...d.steps.map(
      (s) =>
        `<section class="step" aria-labelledby="desk-${esc(s.id)}" data-desk-step="${esc(s.id)}"><h2 id="desk-${esc(s.id)}">${esc(s.heading)}</h2><ul class="files">${s.files.map(file).join('')}</ul></section>`
    ),
    `<section aria-labelledby="desk-links"><h2 id="desk-links">${esc(w.linksTitle)}</h2><p>${esc(w.linksHelp)}</p><ul class="links">`,
    ...d.links.map((l) => `<li data-step-link="${esc(l.id)}">${esc(l.kicker)}: <a href="${esc(l.href)}" dir="ltr">${esc(l.address)}</a></li>`),
    `</ul></section>`
  ]);
}

/** A step share page's <main> content: the card, the kicker, the caption and the way on to the story. */
export function stepHtml(d: StepPageData): string {
  return join([
    `<img src="${esc(d.image.src)}" alt="${esc(d.image.alt)}" width="${d.image.width}" height="${d.image.height}">`,
    `<h1>${esc(d.kicker)}</h1>`,
    `<p>${esc(d.caption)}</p>`,
    `<p><a href="${esc(d.storyHref)}" data-story-link>${esc(d.open)}</a></p>`
  ]);
}

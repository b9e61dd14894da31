/**
 * The pages around the statics, per edition, rendered at build time: the desk page (every still
 * image and print file, as the statics plan names them, with alt text, size and a download), a
 * share page per step (that step's card for crawlers, the story at that step for readers) and the
 * embed-code page's linked images. The files are made later by `npm run statics` from the same
 * plan, so what a page names is what the command writes.
 */
import { collectFigures } from '$lib/data/figures';
import { imageCode, urls } from '$lib/embed/codes';
import { renderer } from '$lib/i18n/render';
import { stepAnchor } from '$lib/scroll/step-anchor';
import { plainText } from '$lib/text/markup';
import type { StoryView } from '$lib/types';
import {
  FORMATS,
  STATIC_FORMATS,
  STATIC_THEMES,
  staticsDeskPath,
  staticsZipFile,
  stepPagePath,
  type StaticEntry,
  type StaticFormat,
  type StaticTheme
} from '$lib/statics/plan';
import { stepPageHead } from './page-head';
import { deskHtml, stepHtml } from './statics-html';
import { editionStatics } from './statics';
import { loadEdition, loadStoryView } from './story';

/** Every static of an edition, as `npm run statics` names and writes them; worked out once per build. */
const plans = new Map<string, StaticEntry[]>();
export function staticsOf(lang: string, view: StoryView = loadStoryView(lang)): StaticEntry[] {
  const hit = plans.get(lang);
  if (hit && !import.meta.env?.DEV) return hit;
  const { entries } = editionStatics(lang, view);
  plans.set(lang, entries);
  return entries;
}

/** A static's size on a page, in CSS px (a web image has twice the pixels, for sharp screens). */
export const cssSize = (e: Pick<StaticEntry, 'format' | 'width' | 'height'>) => ({
  width: Math.round(e.width / FORMATS[e.format].scale),
  height: Math.round(e.height / FORMATS[e.format].scale)
});

/** From a page at `path` (from the site root, e.g. "/ar/statics/") back to the root: "../../". */
export const upFrom = (path: string): string => '../'.repeat(path.split('/').filter(Boolean).length);

/** The step whose graphic the share image (share.png) shows: the first step with the range map. */
export const SHARE_IMAGE_SCENE = 'range';
export const shareImageStep = (steps: readonly { id: string; scene: string }[]): string =>
  (steps.find((s) => s.scene === SHARE_IMAGE_SCENE) ?? steps[0]).id;

/** The plain text of a message, with the edition's figures and the given values. */
function edition(lang: string) {
  const view = loadStoryView(lang);
  const story = loadEdition(lang);
  const r = renderer(story.edition, collectFigures(story));
  const t = (m: string, args: Record<string, string | number> = {}) =>
    plainText(r.copy(m, { headline: view.meta.headlineText, site: view.meta.siteName, ...args }));
  return { view, story, r, t };
}

/** The step's address on the story page, from the site root: "/ar/#step-range". */
const storyAt = (view: StoryView, id: string) => `${view.edition.base}/#${stepAnchor(id)}`;

export function deskData(lang: string) {
  const { view, story, r, t } = edition(lang);
  const w = story.words.desk;
  const here = staticsDeskPath(view.edition);
  const toRoot = upFrom(here);
  const entries = staticsOf(lang, view);
  const formatName: Record<StaticFormat, string> = {
    web: t(w.format_web),
    portrait: t(w.format_portrait),
    landscape: t(w.format_landscape),
    print: t(w.format_print)
  };
  const themeName: Record<StaticTheme, string> = { light: t(w.theme_light), dark: t(w.theme_dark) };
  const order = (e: StaticEntry) => STATIC_FORMATS.indexOf(e.format) * STATIC_THEMES.length + STATIC_THEMES.indexOf(e.theme);
  return {
    language: view.meta.language,
    script: view.meta.script,
    headline: view.meta.headlineText,
    words: {
      title: t(w.title),
      heading: t(w.heading),
      lede: t(w.lede),
      altLabel: t(w.alt_label),
      linksTitle: t(w.links_title),
      linksHelp: t(w.links_help)
    },
    zip: { href: toRoot + staticsZipFile(entries, lang), label: t(w.download_all, { count: entries.length }) },
    steps: view.steps.map((s) => ({
      id: s.id,
      heading: t(w.step_heading, { n: s.index + 1, kicker: plainText(s.kicker) }),
      files: entries
        .filter((e) => e.step === s.id)
        .sort((a, b) => order(a) - order(b))
        .map((e) => {
          const name = e.file.split('/').at(-1)!;
          return {
            file: e.file,
            href: toRoot + e.file,
            // A PDF is no image: it is listed with its download, without a thumbnail.
            image: e.format !== 'print',
            extension: name.split('.').at(-1)!.toUpperCase(),
            alt: e.alt,
            width: e.width,
            height: e.height,
            format: formatName[e.format],
            theme: themeName[e.theme],
            size: t(e.format === 'print' ? w.size_pt : w.size_px, { width: r.number(e.width), height: r.number(e.height) }),
            download: t(w.download, { file: name })
          };
        })
    })),
    links: view.steps.map((s) => {
      const path = stepPagePath(view.edition, s.id);
      return { id: s.id, kicker: plainText(s.kicker), href: toRoot + path.slice(1), address: view.meta.siteUrl.replace(/\/+$/, '') + path };
    })
  };
}
export type DeskData = ReturnType<typeof deskData>;

/** The card a step's share page gives crawlers: its landscape card, light. */
export function stepCard(lang: string, step: string, view?: StoryView): StaticEntry {
  const card = staticsOf(lang, view).find((e) => e.step === step && e.format === 'landscape' && e.theme === 'light');
  if (!card) throw new Error(`statics plan: no light landscape card for step "${step}" of edition "${lang}"`);
  return card;
}

/** A step share page: its data, and its head (the step's card) for the hook. */
function stepPage(lang: string, step: string) {
  const { view, story, t } = edition(lang);
  const s = view.steps.find((x) => x.id === step);
  if (!s) throw new Error(`no step "${step}" in story.yaml (expected one of ${view.steps.map((x) => x.id).join(', ')})`);
  const here = stepPagePath(view.edition, step);
  const toRoot = upFrom(here);
  const file = stepCard(lang, step, view);
  const site = view.meta.siteUrl.replace(/\/+$/, '');
  const kicker = plainText(s.kicker);
  const caption = s.caption;
  const title = t(story.words.step_page.title, { kicker });
  const card = {
    title: kicker,
    description: caption,
    url: site + here,
    image: { url: `${site}/${file.file}`, width: file.width, height: file.height, alt: file.alt }
  };
  const data = {
    language: view.meta.language,
    script: view.meta.script,
    kicker,
    caption,
    /** The story opened at the step, relative to this page (any host, any sub-folder). */
    storyHref: toRoot + storyAt(view, step).replace(/^\//, ''),
    goScript: `${toRoot}s/go.js`,
    open: t(story.words.step_page.open),
    image: { src: toRoot + file.file, alt: file.alt, width: file.width, height: file.height },
    card
  };
  return { data, head: stepPageHead(view, title, card) };
}
export const stepPageData = (lang: string, step: string) => stepPage(lang, step).data;
export type StepPageData = ReturnType<typeof stepPageData>;

/** The embed-code page's linked still images: every step's web image, light and dark. */
export function imageCodes(lang: string) {
  const { view, story, t } = edition(lang);
  const w = story.words;
  const site = view.meta.siteUrl.replace(/\/+$/, '');
  const toRoot = upFrom(`${view.edition.base}/embed-code/`);
  const themeName: Record<StaticTheme, string> = { light: t(w.desk.theme_light), dark: t(w.desk.theme_dark) };
  const web = staticsOf(lang, view).filter((e) => e.format === 'web');
  const codes = view.steps.flatMap((s) =>
    STATIC_THEMES.map((theme) => {
      const e = web.find((x) => x.step === s.id && x.theme === theme);
      if (!e) throw new Error(`statics plan: no ${theme} web image for step "${s.id}" of edition "${lang}"`);
      const kicker = plainText(s.kicker);
      const size = cssSize(e);
      return {
        step: s.id,
        theme,
        label: t(w.image_code.code_label, { kicker, theme: themeName[theme] }),
        preview: toRoot + e.file,
        alt: e.alt,
        ...size,
        code: imageCode({ href: site + storyAt(view, s.id), src: `${site}/${e.file}`, alt: e.alt, ...size })
      };
    })
  );
  return {
    codes,
    steps: view.steps.map((s) => ({ id: s.id, kicker: plainText(s.kicker) })),
    themes: STATIC_THEMES.map((theme) => ({ id: theme, name: themeName[theme] })),
    initial: { step: shareImageStep(view.steps), theme: 'light' as StaticTheme }
  };
}

/** A step share page's load: its body and script for the page, its head tags for the hook (locals.head). */
export function loadStepPage(lang: string, step: string, locals: App.Locals) {
  const { data, head } = stepPage(lang, step);
  locals.head = head;
  return { language: data.language, script: data.script, goScript: data.goScript, html: stepHtml(data) };
}

/** The desk page's load: its title, language and body. */
export function loadDeskPage(lang: string) {
  const data = deskData(lang);
  return { language: data.language, script: data.script, title: data.words.title, html: deskHtml(data) };
}

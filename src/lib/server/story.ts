/**
 * story.yaml + locales/<lang>.yaml → the StoryView one edition's pages draw. Runs at build time
 * (prerender) and in the dev server; a problem in either file stops the build with every located
 * message. The dev server instead falls back to English for a broken translation and lists the
 * problems on the page. Editions are the locale files present: adding one needs no code.
 */
import { parse as parseYaml } from 'yaml';
import storyYaml from '$lib/data/story.yaml?raw';
import { validateStoryText } from '$lib/data/validate';
import { validateLocaleText } from '$lib/data/locale-check';
import { localeSchema, type Words } from '$lib/data/locale-schema';
import { formatProblem, StoryDataError } from '$lib/data/problems';
import { collectFigures, computeCalc } from '$lib/data/figures';
import { SCENE_STATES, type StoryData } from '$lib/data/schema';
import { mergeEdition, type Story } from '$lib/data/edition';
import { plainText } from '$lib/text/markup';
import { scriptOf } from '$lib/fonts/typefaces';
import { renderer } from '$lib/i18n/render';
import { clockLabel } from '$lib/i18n/live';
import { axisEnd, monthTicks } from '$lib/scenes/timeline';
import type { EditionView, StoryView } from '$lib/types';
import { buildGeometry, projectPoint } from './geometry';
import { sourceName } from '$lib/text/sources';

/** Every locale file's text, by its name ("en", "ar"). */
const LOCALE_FILES: Record<string, string> = Object.fromEntries(
  Object.entries(import.meta.glob('../data/locales/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>).map(
    ([path, text]) => [path.replace(/^.*\/([^/]+)\.yaml$/, '$1'), text]
  )
);

/** The edition served at the site root. */
export const ROOT_LANG = 'en';

/** Every edition, the root one first: one per locale file. */
export function editionLangs(files: Record<string, string> = LOCALE_FILES): string[] {
  return Object.keys(files).sort((a, b) => (a === ROOT_LANG ? -1 : b === ROOT_LANG ? 1 : a.localeCompare(b)));
}

export const editionBase = (lang: string) => (lang === ROOT_LANG ? '' : `/${lang}`);

export function parseStoryData(text: string = storyYaml): StoryData {
  const { story, problems } = validateStoryText(text);
  if (!story) throw new StoryDataError(problems);
  return story;
}

/** Words of a locale file, or StoryDataError with every problem (named `<lang>.yaml`). */
export function parseWords(text: string, data: StoryData, lang: string): Words {
  const v = validateLocaleText(text, data, `${lang}.yaml`);
  if (!v.words) throw new StoryDataError(v.problems, v.file);
  return v.words;
}

/** One edition, figures and words joined (English unless told). */
export function parseStory(text: string = storyYaml, localeText: string = LOCALE_FILES[ROOT_LANG], lang = ROOT_LANG): Story {
  const data = parseStoryData(text);
  return mergeEdition(data, parseWords(localeText, data, lang), lang);
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
/** `over` laid on `base` key by key: the dev server's fallback for a translation with gaps. */
function overlay(base: unknown, over: unknown): unknown {
  if (!isObject(base) || !isObject(over)) return over === undefined || over === null || over === '' ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = k in base ? overlay(base[k], v) : v;
  return out;
}

function devFallback(data: StoryData, lang: string): { story: Story; problems: string[] } {
  const v = validateLocaleText(LOCALE_FILES[lang], data, `${lang}.yaml`);
  if (v.words) return { story: mergeEdition(data, v.words, lang), problems: [] };
  const root = parseWords(LOCALE_FILES[ROOT_LANG], data, ROOT_LANG);
  let raw: unknown;
  try {
    raw = parseYaml(LOCALE_FILES[lang]);
  } catch {
    raw = undefined;
  }
  const merged = localeSchema.safeParse(overlay(root, raw));
  const words = merged.success ? merged.data : root;
  return { story: mergeEdition(data, words, lang), problems: v.problems.map((p) => formatProblem(p, v.file)) };
}

export function toView(story: Story, langs: string[] = [story.edition.lang], allWords: Record<string, Words> = {}): StoryView {
  const figures = collectFigures(story);
  const r = renderer(story.edition, figures);
  const copy = (t: string, args?: Record<string, string | number>) => r.copy(t, args);
  const text = (t: string, args?: Record<string, string | number>) => r.text(t, args);
  const plain = (t: string, args?: Record<string, string | number>) => plainText(r.copy(t, args));
  const geo = buildGeometry(story);
  const w = story.words;
  const sc = w.scenes;
  const calc = computeCalc(story);
  const name = (id: string) => sourceName(story.sources, id);
  const headlineText = plain(story.meta.headline);

  const edition: EditionView = {
    lang: story.edition.lang,
    tag: story.edition.tag,
    dir: story.edition.dir,
    name: story.edition.name,
    base: editionBase(story.edition.lang),
    others: langs
      .filter((l) => l !== story.edition.lang && allWords[l])
      .map((l) => ({ lang: l, tag: allWords[l].locale.tag, dir: allWords[l].locale.dir, name: allWords[l].locale.name, switch: allWords[l].locale.switch, base: editionBase(l) }))
  };

  const events = [...story.events].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  const end = axisEnd(events.at(-1)?.date ?? story.attacks.since);
  // What the graphics write as they move, and the race's arrival times written with the same clock.
  const live = { numbers: r.numbers, units: w.units };
  const clock = (minutes: number) => clockLabel(live, minutes);
  const launchNames = geo.rings.map((ring, i) => (i === 0 ? plain(sc.map.main_ring, { place: ring.name }) : ring.name));
  const distanceFrom = [...new Set(geo.distances.map((d) => geo.places.find((p) => p.id === d.from)?.name ?? d.from))];
  const a = story.attacks;
  const change = story.traffic.before > 0 ? ((story.traffic.after - story.traffic.before) / story.traffic.before) * 100 : 0;

  return {
    edition,
    live,
    timeline: { start: a.since, end, ticks: monthTicks(a.since, end, 3).map((t, i) => ({ date: t, label: r.date.tick(t, i === 0) })) },
    words: {
      page: {
        title: plain(w.page.title, { headline: headlineText, site: story.meta.site_name }),
        shareImageAlt: plain(w.page.share_image_alt, { headline: headlineText }),
        byline: plain(w.page.byline, { byline: story.meta.byline, date: r.date.long(story.meta.published) }),
        skipGraphics: plain(w.page.skip_graphics),
        graphicsLabel: plain(w.page.graphics_label),
        sourcesTitle: plain(w.page.sources_title),
        editionsLabel: plain(w.page.editions_label),
        sources: story.sources.map((s) => ({ id: s.id, url: s.url, name: s.name, title: s.title, line: plain(w.page.source_item, { name: s.name, title: s.title }) }))
      },
      map: {
        label: plain(sc.map.label),
        withinRange: plain(sc.map.within_range),
        launchPoints: plain(sc.map.launch_points, { places: r.list(launchNames) }),
        houthiCoast: plain(sc.map.houthi_coast),
        lane: plain(sc.map.lane, { lane: story.shipping_lane.label }),
        distancesFrom: distanceFrom.length ? plain(sc.map.distances_from, { places: r.list(distanceFrom) }) : '',
        route: copy(sc.map.route),
        routeViaTehran: copy(sc.map.route_via_tehran)
      },
      weapon: Object.fromEntries(Object.entries(sc.weapon).map(([k, v]) => [k, plain(v)])) as StoryView['words']['weapon'],
      speed: {
        clock: plain(sc.speed.clock),
        missileSpeed: plain(sc.speed.missile_speed),
        droneSpeed: plain(sc.speed.drone_speed),
        launch: plain(sc.speed.launch),
        target: plain(sc.speed.target),
        barsTitle: plain(sc.speed.bars_title),
        arrives: { missile: copy(sc.speed.arrives, { time: clock(calc.missile_minutes) }), drone: copy(sc.speed.arrives, { time: clock(calc.drone_minutes) }) },
        ratio: copy(sc.speed.ratio)
      },
      attacks: {
        mapLabel: plain(sc.attacks.map_label),
        countText: plain('{calc.attack_count_text}'),
        countWhat: plain(sc.attacks.count_what, { source: name(a.source) }),
        keyCount: plain(sc.attacks.key_count, { source: name(a.source) }),
        keyCompare: a.compare_count !== undefined && a.compare_source && a.compare_until ? plain(sc.attacks.key_compare, { source: name(a.compare_source) }) : '',
        dateShipSeparator: plain(sc.attacks.date_ship_separator)
      },
      stakes: {
        title: plain(sc.stakes.title),
        before: plain(sc.stakes.before),
        change: copy(sc.stakes.change, { change: signedPercent(story.edition.tag, story.edition.numerals, change), source: name(story.traffic.source) }),
        alarmedTitle: plain(sc.stakes.alarmed_title)
      },
      shareImage: { rangeLine: plain(w.share_image.range_line), asOf: plain(w.share_image.as_of, { date: r.date.long(story.meta.published) }) }
    },
    meta: {
      headline: copy(story.meta.headline),
      headlineText,
      dek: copy(story.meta.dek),
      dekText: plain(story.meta.dek),
      published: story.meta.published,
      publishedLabel: r.date.long(story.meta.published),
      byline: story.meta.byline,
      credits: copy(story.meta.credits),
      language: story.edition.tag,
      script: scriptOf(story.edition.tag),
      dir: story.edition.dir,
      siteUrl: story.meta.site_url,
      siteName: story.meta.site_name
    },
    intro: story.intro.map((t) => copy(t)),
    steps: story.steps.map((s, index) => {
      const alt = plain(s.alt);
      const credit = plain(w.page.credit, { sources: r.list(s.sources.map(name)) });
      const caption = plain(s.caption);
      return {
        id: s.id,
        index,
        scene: s.scene,
        state: s.state ?? SCENE_STATES[s.scene][0],
        kicker: copy(s.kicker),
        text: copy(s.text),
        alt,
        altLabel: plain(w.page.graphic_alt, { alt }),
        credit,
        caption,
        imageAlt: plain(w.share_image.image_alt, { kicker: plain(s.kicker), caption, alt, credit })
      };
    }),
    outro: story.outro.map((t) => copy(t)),
    method: story.method.map((t) => copy(t)),
    sources: story.sources,
    numbers: {
      missile: story.missile,
      attacks: story.attacks,
      drone: story.drone,
      radar: story.radar,
      traffic: story.traffic,
      alarmed: story.alarmed
    },
    calc,
    events: story.events.map((e) => {
      const pt = e.lat !== undefined && e.lon !== undefined ? projectPoint(e.lat, e.lon) : undefined;
      return {
        id: e.id,
        date: e.date,
        dateLabel: r.date.short(e.date),
        ship: e.ship,
        what: plain(e.what),
        approximate: e.approximate ?? false,
        ...(pt ? { x: pt[0], y: pt[1] } : {})
      };
    }),
    geo
  };
}

/** "−59%" / "+12%": a change in the edition's digits and percent sign. */
function signedPercent(tag: string, numerals: 'latn' | 'arab', pct: number): string {
  const s = new Intl.NumberFormat(tag, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 0, numberingSystem: numerals }).format(pct / 100);
  // A typographic minus where Intl writes a hyphen-minus.
  return s.replace(/-/, '−');
}

/** Every edition's words, checked against story.yaml (all or nothing, as the build needs). */
function allWords(data: StoryData): Record<string, Words> {
  return Object.fromEntries(editionLangs().map((l) => [l, parseWords(LOCALE_FILES[l], data, l)]));
}

/** One edition's Story (figures and words joined), as the view is built from. */
export function loadEdition(lang: string = ROOT_LANG): Story {
  const data = parseStoryData();
  if (import.meta.env?.DEV) return devFallback(data, lang).story;
  return mergeEdition(data, allWords(data)[lang], lang);
}

/** `<html lang dir>` for a page path: the edition its first segment names, else the root one. */
export function editionOfPath(pathname: string): { lang: string; tag: string; dir: 'ltr' | 'rtl' } {
  const first = pathname.split('/')[1] ?? '';
  const lang = first !== ROOT_LANG && first in LOCALE_FILES ? first : ROOT_LANG;
  const locale = (parseYaml(LOCALE_FILES[lang]) as { locale?: { tag?: string; dir?: string } })?.locale;
  return { lang, tag: locale?.tag ?? lang, dir: locale?.dir === 'rtl' ? 'rtl' : 'ltr' };
}

/** One edition's view, loaded and checked once per build. */
const cached = new Map<string, StoryView>();
export function loadStoryView(lang: string = ROOT_LANG): StoryView {
  if (!(lang in LOCALE_FILES)) throw new Error(`no locale file src/lib/data/locales/${lang}.yaml`);
  if (import.meta.env?.DEV) {
    const data = parseStoryData();
    const { story, problems } = devFallback(data, lang);
    const words: Record<string, Words> = {};
    for (const l of editionLangs()) {
      const v = validateLocaleText(LOCALE_FILES[l], data, `${l}.yaml`);
      if (v.words) words[l] = v.words;
    }
    return { ...toView(story, editionLangs(), words), ...(problems.length ? { problems } : {}) };
  }
  const hit = cached.get(lang);
  if (hit) return hit;
  const data = parseStoryData();
  const words = allWords(data);
  const view = toView(mergeEdition(data, words[lang], lang), editionLangs(), words);
  cached.set(lang, view);
  return view;
}

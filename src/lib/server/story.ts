/**
 * story.yaml + locales/<lang>.yaml → the StoryView one edition's pages draw. Runs at build time
 * (prerender) and in the dev server. A problem in story.yaml stops the build; a locale file with
 * errors leaves its edition out of the build (scripts/build.mjs says so), the others are built.
 * A translation that lags (places or events without words yet) is built, those items unnamed.
 * The dev server instead falls back to English for a broken translation and lists the
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
import { liveWords } from '$lib/i18n/live-words';
import { axisEnd, monthTicks } from '$lib/scenes/timeline';
import { marksUnit } from '$lib/scenes/tally';
import type { EditionView, StoryView } from '$lib/types';
import { buildGeometry, onEventsMap, projectPoint } from './geometry';
import { sourceName } from '$lib/text/sources';

/** Every locale file's text, by its name ("en", "ar"). */
const LOCALE_FILES: Record<string, string> = Object.fromEntries(
  Object.entries(import.meta.glob('../data/locales/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>).map(
    ([path, text]) => [path.replace(/^.*\/([^/]+)\.yaml$/, '$1'), text]
  )
);

/** The edition served at the site root. */
export const ROOT_LANG = 'en';

/**
 * Every edition, the root one first: one per locale file given, else one per locale file that
 * can be published (in the dev server, every one: its page lists a broken file's problems).
 */
export function editionLangs(files: Record<string, string> = publishable()): string[] {
  return Object.keys(files).sort((a, b) => (a === ROOT_LANG ? -1 : b === ROOT_LANG ? 1 : a.localeCompare(b)));
}

let publishableFiles: Record<string, string> | undefined;
/** The locale files without errors (warnings alone, a lagging translation's, do not hold one back). */
function publishable(): Record<string, string> {
  if (import.meta.env?.DEV) return LOCALE_FILES;
  if (publishableFiles) return publishableFiles;
  const data = builtStoryData();
  return (publishableFiles = Object.fromEntries(Object.keys(LOCALE_FILES).filter((l) => checkedLocale(l, data).words).map((l) => [l, LOCALE_FILES[l]])));
}

/*
 * The build parses and checks story.yaml and each locale file once: they are bundled into this
 * module, so they cannot change during a build, and every prerendered page (a share page per step,
 * the desk and embed-code pages) read them all again (about 2.5 of the prerender's 18 CPU-s).
 * The dev server reads them afresh on every load: its files change.
 */
let storyDataOnce: StoryData | undefined;
const builtStoryData = (): StoryData => (import.meta.env?.DEV ? parseStoryData() : (storyDataOnce ??= parseStoryData()));

/** A locale file checked against the build's story.yaml (`data`), once per file in a build. */
const localeChecks = new Map<string, ReturnType<typeof validateLocaleText>>();
function checkedLocale(lang: string, data: StoryData): ReturnType<typeof validateLocaleText> {
  if (import.meta.env?.DEV) return validateLocaleText(LOCALE_FILES[lang], data, `${lang}.yaml`);
  let v = localeChecks.get(lang);
  if (!v) localeChecks.set(lang, (v = validateLocaleText(LOCALE_FILES[lang], data, `${lang}.yaml`)));
  return v;
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
  const live = liveWords(story.edition.tag, r.numbers, w.units);
  const clock = (minutes: number) => clockLabel(live, minutes);
  // A launch point this edition cannot name yet is left out of the sentences (its ring is still drawn).
  const launchNames = geo.rings.flatMap((ring, i) => (ring.name === undefined ? [] : [i === 0 ? plain(sc.map.main_ring, { place: ring.name }) : ring.name]));
  const distanceFrom = [...new Set(geo.distances.flatMap((d) => geo.places.find((p) => p.id === d.from)?.name ?? []))];
  const a = story.attacks;
  // Every note dates the story, whatever this edition's words; only those it has words for are listed.
  const notes = story.notes ?? [];
  const modified = notes.map((n) => n.date).sort().at(-1);
  // Attacks per square of the tally (the scene draws with the same unit).
  const unit = marksUnit(Math.max(a.count, a.compare_count ?? 0));
  // Every event, oldest first, as the events step's list (the graphic names only the notable ones).
  const eventList = {
    title: plain(sc.attacks.events_list),
    // An event this edition has no words for yet is listed by its date alone (never in another language).
    items: events.map((e) => {
      if (e.ship === undefined || e.what === undefined) return r.date.long(e.date);
      const args = { date: r.date.long(e.date), ship: e.ship, what: plain(e.what) };
      return plain(onEventsMap(e) ? sc.attacks.event_item : sc.attacks.event_item_off_map, args);
    })
  };
  const change = story.traffic.before > 0 ? ((story.traffic.after - story.traffic.before) / story.traffic.before) * 100 : 0;

  return {
    edition,
    live,
    timeline: { start: a.since, end, ticks: monthTicks(a.since, end, 3).map((t, i) => ({ date: t, label: r.date.tick(t, i === 0), full: r.date.tick(t, true) })) },
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
        countText: plain('{calc_attack_count_text}'),
        countWhat: plain(sc.attacks.count_what, { source: name(a.source) }),
        keyCount: plain(unit > 1 ? sc.attacks.key_count_grouped : sc.attacks.key_count, { source: name(a.source) }),
        keyCompare: a.compare_count !== undefined && a.compare_source && a.compare_until ? plain(sc.attacks.key_compare, { source: name(a.compare_source) }) : '',
        keyScale: unit > 1 ? plain(sc.attacks.key_scale, { per: unit }) : '',
        dateShipSeparator: plain(sc.attacks.date_ship_separator),
        offMap: plain(sc.attacks.off_map)
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
      ...(modified ? { modified, modifiedLabel: plain(w.notes.updated, { date: r.date.long(modified) }) } : {}),
      byline: story.meta.byline,
      credits: copy(story.meta.credits),
      language: story.edition.tag,
      script: scriptOf(story.edition.tag),
      dir: story.edition.dir,
      siteUrl: story.meta.site_url,
      siteName: story.meta.site_name,
      theme: story.theme
    },
    intro: story.intro.map((t) => copy(t)),
    steps: story.steps.map((s, index) => {
      const alt = plain(s.alt);
      const state = s.state ?? SCENE_STATES[s.scene][0];
      const credit = plain(w.page.credit, { sources: r.list(s.sources.map(name)) });
      const caption = plain(s.caption);
      return {
        ...(s.scene === 'attacks' && state === 'events' ? { list: eventList } : {}),
        id: s.id,
        index,
        scene: s.scene,
        state,
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
    notes: {
      title: plain(w.notes.title),
      items: notes
        .filter((n) => w.notes.items?.[n.id])
        .map((n) => ({ id: n.id, date: n.date, dateLabel: r.date.long(n.date), kind: n.kind, kindLabel: plain(w.notes[n.kind]), text: copy(w.notes.items![n.id]) }))
    },
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
      const pt = onEventsMap(e) ? projectPoint(e.lat, e.lon) : undefined;
      return {
        id: e.id,
        date: e.date,
        dateLabel: r.date.short(e.date),
        ship: e.ship,
        ...(e.what !== undefined ? { what: plain(e.what) } : {}),
        approximate: e.approximate ?? false,
        notable: e.notable ?? false,
        offMap: !pt,
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
  return Object.fromEntries(
    editionLangs().map((l) => {
      const v = checkedLocale(l, data);
      if (!v.words) throw new StoryDataError(v.problems, v.file);
      return [l, v.words];
    })
  );
}

/** One edition's Story (figures and words joined), as the view is built from. */
export function loadEdition(lang: string = ROOT_LANG): Story {
  const data = builtStoryData();
  if (import.meta.env?.DEV) return devFallback(data, lang).story;
  return mergeEdition(data, allWords(data)[lang], lang);
}

/** Each edition's `<html lang dir>`, read from its locale file once per build (the hook asks on every page). */
const htmlLangs = new Map<string, { lang: string; tag: string; dir: 'ltr' | 'rtl' }>();

/** `<html lang dir>` for a page path: the edition its first segment names, else the root one. */
export function editionOfPath(pathname: string): { lang: string; tag: string; dir: 'ltr' | 'rtl' } {
  const first = pathname.split('/')[1] ?? '';
  const lang = first !== ROOT_LANG && first in LOCALE_FILES ? first : ROOT_LANG;
  let html = import.meta.env?.DEV ? undefined : htmlLangs.get(lang);
  if (!html) {
    const locale = (parseYaml(LOCALE_FILES[lang]) as { locale?: { tag?: string; dir?: string } })?.locale;
    htmlLangs.set(lang, (html = { lang, tag: locale?.tag ?? lang, dir: locale?.dir === 'rtl' ? 'rtl' : 'ltr' }));
  }
  return { ...html };
}

/** One edition's view, loaded and checked once per build. */
const cached = new Map<string, StoryView>();
export function loadStoryView(lang: string = ROOT_LANG): StoryView {
  if (!(lang in LOCALE_FILES)) throw new Error(`no locale file src/lib/data/locales/${lang}.yaml`);
  if (!editionLangs().includes(lang)) parseWords(LOCALE_FILES[lang], builtStoryData(), lang); // throws with its problems
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
  const data = builtStoryData();
  const words = allWords(data);
  const view = toView(mergeEdition(data, words[lang], lang), editionLangs(), words);
  cached.set(lang, view);
  return view;
}

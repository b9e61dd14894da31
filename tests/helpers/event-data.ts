/**
 * Generated attacks for the events step at any count: `n` events spread over two years (January 2024
 * to December 2025), at sea in the southern Red Sea, the Gulf of Aden (to 52°E) and a few in the
 * Arabian Sea (off the map) or without a position; every sixth notable. Names are made of parts with
 * their Arabic spellings, long and short, so labels of every length meet. Deterministic (seeded).
 * Returns story.yaml and the locale files with their `events` replaced, the rest as in the project.
 */
import { localeText, storyText } from './story-file';

/** Positions at sea (lat, lon), in the order drawn from: Red Sea, Gulf of Aden, Arabian Sea. */
const SEA: [number, number][] = [
  [14.0, 42.0], [15.0, 41.7], [13.3, 42.98], [14.35, 42.45], [16.0, 41.0], [13.8, 42.4], [14.8, 42.0],
  [12.16, 44.38], [12.5, 45.5], [12.9, 47.0], [13.0, 48.2], [13.3, 50.0], [12.9, 51.6],
  [14.0, 58.0], [16.0, 59.0]
];
const FIRST = ['Sea', 'Blue', 'Ocean', 'Pacific', 'Marlin', 'Star', 'Golden', 'Eternal', 'Cape', 'Nord', 'Silver', 'Magic'];
const SECOND = ['Eagle', 'Horizon', 'Pearl', 'Glory', 'Navigator', 'Spirit', 'Lagoon', 'Venture', 'Trader', 'Dawn', 'Fortune', 'Seas'];
const FIRST_AR = ['سي', 'بلو', 'أوشن', 'باسيفيك', 'مارلين', 'ستار', 'غولدن', 'إترنال', 'كيب', 'نورد', 'سيلفر', 'ماجيك'];
const SECOND_AR = ['إيغل', 'هورايزن', 'بيرل', 'غلوري', 'نافيغيتور', 'سبيريت', 'لاغون', 'فنتشر', 'تريدر', 'داون', 'فورتشن', 'سيز'];
const WHAT = { en: 'Merchant ship hit by a missile; the crew was unhurt', ar: 'سفينة تجارية أصابها صاروخ؛ ولم يُصب طاقمها' };

export interface GeneratedEvent {
  id: string;
  date: string;
  lat?: number;
  lon?: number;
  notable: boolean;
  ship: { en: string; ar: string };
}

/** A small seeded generator (mulberry32): the same events on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateEvents(n: number, seed = 22): GeneratedEvent[] {
  const rnd = random(seed + n);
  const start = Date.UTC(2024, 0, 8);
  const span = Date.UTC(2025, 11, 20) - start;
  return Array.from({ length: n }, (_, i) => {
    // Evenly spread, with a little jitter; every 7th without a position, every 5th in the Gulf of Aden.
    const t = n === 1 ? 0.5 : i / (n - 1);
    const date = new Date(start + Math.round(t * span) + Math.round((rnd() - 0.5) * 5) * 86_400_000).toISOString().slice(0, 10);
    const where = i % 7 === 6 ? undefined : i % 9 === 4 ? SEA[13 + (i % 2)] : i % 5 === 2 ? SEA[7 + (i % 6)] : SEA[i % 7];
    const jitter = () => Math.round((rnd() - 0.5) * 20) / 100;
    const a = (i * 5 + Math.floor(i / 12)) % FIRST.length, b = (i * 7 + 3) % SECOND.length;
    return {
      id: `ship_${String(i + 1).padStart(2, '0')}`,
      date,
      ...(where ? { lat: Math.round((where[0] + jitter()) * 100) / 100, lon: Math.round((where[1] + jitter()) * 100) / 100 } : {}),
      notable: n <= 2 || i % 6 === 0,
      ship: { en: `${FIRST[a]} ${SECOND[b]}`, ar: `${FIRST_AR[a]} ${SECOND_AR[b]}` }
    };
  });
}

/** The text between `events:` and the next top-level section, replaced by `block`. */
function replaceEvents(text: string, block: string): string {
  const start = text.search(/^events:/m);
  if (start < 0) throw new Error('no events: section');
  const rest = text.slice(start).search(/\n(?=\S)/);
  const after = text.slice(start + rest + 1);
  return text.slice(0, start) + block + '\n' + after;
}

/** story.yaml with `events` replaced (the real story's step text and counts as they are). */
export function storyWithEvents(events: GeneratedEvent[], text = storyText()): string {
  if (!events.length) return replaceEvents(text, 'events: []\n');
  const items = events.map((e) =>
    [`  - id: ${e.id}`, `    date: ${e.date}`, ...(e.lat !== undefined ? [`    lat: ${e.lat}`, `    lon: ${e.lon}`] : []), ...(e.notable ? ['    notable: true'] : [])].join('\n')
  );
  return replaceEvents(text, `events:\n${items.join('\n')}\n`);
}

/** A locale file with `events` replaced: each event's ship and what happened, in `lang` (en or ar). */
export function localeWithEvents(events: GeneratedEvent[], lang: 'en' | 'ar', text = localeText(lang)): string {
  if (!events.length) return replaceEvents(text, 'events: {}\n');
  const items = events.map((e) => `  ${e.id}:\n    ship: ${e.ship[lang]}\n    what: ${WHAT[lang]}`);
  return replaceEvents(text, `events:\n${items.join('\n')}\n`);
}

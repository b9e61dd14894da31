/**
 * What the graphics write as they move (a clock, a distance still to go, a scale bar): numbers in
 * the edition's digits and the locale file's unit templates, their word forms chosen for the number
 * on screen at that moment. All of it is handed over by the build (see live-words.ts): the templates
 * already parsed, the language's plural categories as a table. No Intl, no message parser here.
 */
import type { LiveWords } from '$lib/types';
import { renderMessage, type Part } from './message';
import { formatIn } from './numbers';

/**
 * A language's plural category for every number a graphic can write, read from Intl at build time.
 * The page writes whole numbers from 10 up and one decimal below (formatNumber), so two short lists
 * cover them: whole numbers 0..199, and from 200 on the category of 100 + n % 100 (every CLDR rule
 * for whole numbers reads n % 10 and n % 100 only, but for whole millions in a few Romance languages,
 * far above anything a graphic writes; a unit test holds the table equal to Intl to 99,999); and the
 * tenths below 10.
 */
export interface PluralTable {
  /** The language's categories; each code below is an index into this list. */
  categories: string[];
  /** One code (a digit) per whole number 0..199. */
  whole: string;
  /** One code per tenth 0.0..9.9 (index 73 is 7.3). */
  tenths: string;
}

/** The number as the page writes it (formatNumber's rounding), without its sign: 7.35 → 7.4, 42.4 → 42. */
export function written(n: number): number {
  const a = Math.abs(n);
  return a >= 10 ? Math.round(a) : Math.round(a * 10) / 10;
}

/** The category ("one", "few" …) of a number as written. */
export function category(table: PluralTable, n: number): string {
  const w = written(n);
  const code = Number.isInteger(w) ? table.whole[w < 200 ? w : 100 + (w % 100)] : table.tenths[Math.round(w * 10)];
  return table.categories[Number(code)] ?? 'other';
}

export const num = (live: LiveWords, n: number): string => formatIn(live.numbers, n);

/** A compiled template with its numbers: each written in the edition's digits, each choosing its word form. */
export function say(live: LiveWords, template: Part[], values: Record<string, number>): string {
  const text = renderMessage(template, {
    text: (name) => num(live, values[name]),
    number: (name) => written(values[name]),
    plural: (n) => category(live.plural, n)
  });
  // A form may be empty (no minutes after a whole hour): no space is left hanging at either end.
  return text.trim();
}

/** "300 km", "٣٠٠ كم", "دقيقتان": a unit template of the locale file with its number, never broken between them. */
export const unit = (live: LiveWords, key: 'km' | 'm' | 'min' | 'km_to_go', n: number): string => say(live, live.units[key], { n });

/** "7.3 min" below an hour, "1 h 37 min" above. */
export function clockLabel(live: LiveWords, minutes: number): string {
  if (written(minutes) < 60) return unit(live, 'min', minutes);
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes - h * 60);
  const [hh, mm] = m === 60 ? [h + 1, 0] : [h, m];
  return say(live, live.units.hours_minutes, { h: hh, m: mm });
}

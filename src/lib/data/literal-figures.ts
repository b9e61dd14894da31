/**
 * Warnings for figures typed into copy as digits where a placeholder exists: "300 km" in a
 * sentence stays 300 when an editor changes missile.range_km, so the page would contradict
 * itself. Warnings, not errors: a literal may be a different figure on purpose ("30 km off Mocha").
 */
import type { RawProblem } from './consistency';
import type { PathPart } from './problems';
import type { Figures } from './figures';
import { formatNumber } from '../text/format';

interface Kind {
  /** Which figure keys carry this unit. */
  keys: RegExp;
  /** The unit as written after the number (or before it, for Mach). */
  unit: string;
  before?: boolean;
}

const KINDS: Kind[] = [
  { keys: /_kmh$/, unit: 'km/h|kilomet(?:re|er)s an hour' },
  { keys: /_km$/, unit: 'km(?!/)|kilomet(?:re|er)s?' },
  { keys: /_kg(?:_min|_max)?$/, unit: 'kg|kilo(?:gram)?s?' },
  { keys: /_m$/, unit: 'm(?![/a-z])|met(?:re|er)s?' },
  { keys: /_pct$/, unit: '%|per ?cent' },
  { keys: /_minutes$/, unit: 'min(?:ute)?s?' },
  { keys: /_seconds$/, unit: 'sec(?:ond)?s?' },
  { keys: /^missile_speed_mach$/, unit: 'Mach', before: true },
  { keys: /^attacks_(?:count|compare_count)$/, unit: 'attacks?' },
  { keys: /^traffic_(?:before|after)$/, unit: 'ships' }
];

/**
 * Figures whose sentence gives them away even when the number no longer matches:
 * "a range of 300 km" while missile.range_km is 450 is the stale copy this check exists for.
 */
const CUES: Record<string, RegExp> = {
  'missile_range_km': /\b(range|reach)/i,
  'missile_speed_mach': /\bmissile|Yakhont|Oniks/i,
  'missile_warhead_kg_min': /\bwarhead/i,
  'missile_warhead_kg_max': /\bwarhead/i,
  'calc_horizon_km': /\bhorizon/i,
  'drone_speed_kmh': /\bdrone/i
};

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

interface Literal {
  text: string;
  values: number[];
}

/** The pattern of a kind's literals: "200–300 kg" (values 200 and 300), "Mach 2". */
function literalPattern(kind: Kind): RegExp {
  const range = `(${NUM})(?:\\s*(?:–|-|to)\\s*(${NUM}))?`;
  return kind.before
    ? new RegExp(`\\b(?:${kind.unit})\\s+${range}(?![\\d,.]*\\d)`, 'g')
    : new RegExp(`(?<![\\d.,{])${range}\\s*(?:${kind.unit})(?![A-Za-z])`, 'g');
}

function literalsOf(text: string, pattern: RegExp): Literal[] {
  return [...text.matchAll(pattern)].map((m) => ({
    text: m[0].trim(),
    values: [m[1], m[2]].filter((v): v is string => v !== undefined).map((v) => Number(v.replace(/,/g, '')))
  }));
}

const sentenceAround = (text: string, at: number) => {
  const start = Math.max(text.lastIndexOf('. ', at), 0);
  const end = text.indexOf('. ', at);
  return text.slice(start, end < 0 ? text.length : end);
};

/** Arabic-Indic and Persian digits and separators as ASCII, one character for one (offsets stay). */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u066b\u066c]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0x066b) return '.';
    if (code === 0x066c) return ',';
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/** Years are dates, not figures: "24 September 2024" is no typed count. */
const YEAR = (n: number) => Number.isInteger(n) && n >= 1900 && n <= 2100;

/**
 * `fields`: every message of a locale file with its path; `figures`: what placeholders can cite.
 * Two rules: a number written with a figure's unit (English units, as editors type them), and, in
 * any language and any digits, a number from 10 up that is exactly a figure as the page shows it.
 */
export function checkLiteralFigures(fields: { path: PathPart[]; text: string }[], figures: Figures): RawProblem[] {
  const problems: RawProblem[] = [];
  // Worked out once per file, not per message: which keys each unit covers, its pattern, and
  // each figure as the page shows it (a fuzz run checks ~300 messages).
  const numeric = Object.keys(figures).filter((k) => typeof figures[k] === 'number');
  const shownValue = new Map(numeric.map((k) => [k, Number(formatNumber(figures[k] as number).replace(/,/g, ''))]));
  const kinds = KINDS.map((kind) => ({ keys: numeric.filter((k) => kind.keys.test(k)), pattern: literalPattern(kind) })).filter((k) => k.keys.length);
  const anyNumber = new RegExp(`(?<![\\w.,-])(${NUM})(?![\\w]|[.,]\\d)`, 'g');
  for (const { path, text: raw } of fields) {
    // Placeholders are what we want; blank them so only typed digits remain.
    const blanked = raw.replace(/\{\s*[a-z_][a-z0-9_]*\s*(\}|,\s*plural\s*,)/g, '∎');
    const text = asciiDigits(blanked);
    const reported = new Set<string>();
    // Most messages have no digit left once placeholders are blanked: nothing to look for.
    if (!/\d/.test(text)) continue;
    for (const { keys, pattern } of kinds) {
      for (const lit of literalsOf(text, pattern)) {
        if (reported.has(lit.text)) continue;
        const same = keys.find((k) => lit.values.includes(shownValue.get(k)!));
        const sentence = sentenceAround(text, text.indexOf(lit.text));
        const stale = same ? undefined : keys.find((k) => CUES[k]?.test(sentence));
        const key = same ?? stale;
        if (!key) continue;
        reported.add(lit.text);
        const typed = blanked.slice(text.indexOf(lit.text), text.indexOf(lit.text) + lit.text.length);
        problems.push({
          severity: 'warning',
          path,
          message: same
            ? `has "${typed}" typed in; write {${key}} instead, so the sentence changes when the figure does`
            : `has "${typed}" typed in, but ${key} is ${formatNumber(figures[key] as number)}; write {${key}} if it is the same figure`,
          expected: `{${key}}`,
          got: JSON.stringify(typed),
          find: typed
        });
      }
    }
    // Digits inside a designation ("K-300P") or a word are not a figure.
    for (const m of text.matchAll(anyNumber)) {
      const value = Number(m[1].replace(/,/g, ''));
      if (value < 10 || YEAR(value) || [...reported].some((r) => r.includes(m[1]))) continue;
      const key = numeric.find((k) => shownValue.get(k) === value);
      if (!key) continue;
      const typed = blanked.slice(m.index, m.index + m[1].length);
      reported.add(m[1]);
      problems.push({
        severity: 'warning',
        path,
        message: `has "${typed}" typed in; write {${key}} instead, so the sentence changes when the figure does`,
        expected: `{${key}}`,
        got: JSON.stringify(typed),
        find: typed
      });
    }
  }
  return problems;
}

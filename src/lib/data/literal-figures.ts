/**
 * Warnings for figures typed into copy as digits where a placeholder exists: "300 km" in a
 * sentence stays 300 when an editor changes missile.range_km, so the page would contradict
 * itself. Warnings, not errors: a literal may be a different figure on purpose ("30 km off Mocha").
 */
import type { Story } from './schema';
import type { RawProblem } from './consistency';
import { copyFields } from './consistency';
import { collectFigures } from './figures';
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
  { keys: /^missile\.speed_mach$/, unit: 'Mach', before: true },
  { keys: /^attacks\.(?:count|compare_count)$/, unit: 'attacks?' },
  { keys: /^traffic\.(?:before|after)$/, unit: 'ships' }
];

/**
 * Figures whose sentence gives them away even when the number no longer matches:
 * "a range of 300 km" while missile.range_km is 450 is the stale copy this check exists for.
 */
const CUES: Record<string, RegExp> = {
  'missile.range_km': /\b(range|reach)/i,
  'missile.speed_mach': /\bmissile|Yakhont|Oniks/i,
  'missile.warhead_kg_min': /\bwarhead/i,
  'missile.warhead_kg_max': /\bwarhead/i,
  'calc.horizon_km': /\bhorizon/i,
  'drone.speed_kmh': /\bdrone/i
};

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

interface Literal {
  text: string;
  values: number[];
}

/** "200–300 kg" → one literal with values [200, 300]; "Mach 2" → [2]. */
function literalsOf(text: string, kind: Kind): Literal[] {
  const range = `(${NUM})(?:\\s*(?:–|-|to)\\s*(${NUM}))?`;
  const re = kind.before
    ? new RegExp(`\\b(?:${kind.unit})\\s+${range}(?![\\d,.]*\\d)`, 'g')
    : new RegExp(`(?<![\\d.,{])${range}\\s*(?:${kind.unit})(?![A-Za-z])`, 'g');
  return [...text.matchAll(re)].map((m) => ({
    text: m[0].trim(),
    values: [m[1], m[2]].filter((v): v is string => v !== undefined).map((v) => Number(v.replace(/,/g, '')))
  }));
}

const sentenceAround = (text: string, at: number) => {
  const start = Math.max(text.lastIndexOf('. ', at), 0);
  const end = text.indexOf('. ', at);
  return text.slice(start, end < 0 ? text.length : end);
};

export function checkLiteralFigures(story: Story): RawProblem[] {
  const figures = collectFigures(story);
  const problems: RawProblem[] = [];
  for (const { path, text: raw } of copyFields(story)) {
    // Placeholders are what we want; blank them so only typed digits remain.
    const text = raw.replace(/\{[a-z_]+\.[a-z0-9_]+\}/g, '∎');
    const reported = new Set<string>();
    for (const kind of KINDS) {
      const keys = Object.keys(figures).filter((k) => kind.keys.test(k) && typeof figures[k] === 'number');
      if (keys.length === 0) continue;
      for (const lit of literalsOf(text, kind)) {
        if (reported.has(lit.text)) continue;
        const shown = (k: string) => Number(formatNumber(figures[k] as number).replace(/,/g, ''));
        const same = keys.find((k) => lit.values.includes(shown(k)));
        const sentence = sentenceAround(text, text.indexOf(lit.text));
        const stale = same ? undefined : keys.find((k) => CUES[k]?.test(sentence));
        const key = same ?? stale;
        if (!key) continue;
        reported.add(lit.text);
        problems.push({
          severity: 'warning',
          path,
          message: same
            ? `has "${lit.text}" typed in; write {${key}} instead, so the sentence changes when the figure does`
            : `has "${lit.text}" typed in, but ${key} is ${formatNumber(figures[key] as number)}; write {${key}} if it is the same figure`,
          expected: `{${key}}`,
          got: JSON.stringify(lit.text),
          find: lit.text
        });
      }
    }
  }
  return problems;
}

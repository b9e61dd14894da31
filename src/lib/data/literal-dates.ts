/**
 * Warnings for a month typed into copy where the data has it: "since November 2023" stays November
 * 2023 when an editor moves attacks.since, so the page would contradict its own graphic. Like typed
 * figures (literal-figures.ts): a month and year written in the edition's own month names and digits
 * that is the month of a date figure ({attacks_since}, {attacks_compare_until}, {calc_…_month})
 * gets a warning naming the placeholder to write instead. Source titles and the words sections that
 * name periods the data does not hold (traffic) are citations, not copy: not checked.
 */
import type { RawProblem } from './consistency';
import type { PathPart } from './problems';
import type { Figures } from './figures';
import { asciiDigits } from './literal-figures';
import { perTag } from '../i18n/intl';

const NOT_COPY = ['sources', 'traffic'];
const DATE = /^\d{4}-\d{2}(-\d{2})?$/;

/** The edition's month names, January first, as Intl writes them beside a year (made once per tag). */
const monthNames = perTag((tag: string): readonly string[] => {
  const f = new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => f.format(new Date(Date.UTC(2024, m, 15))));
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function checkLiteralDates(fields: { path: PathPart[]; text: string }[], figures: Figures, tag: string): RawProblem[] {
  // Each date figure's month ("2023-11"), and the first placeholder that holds it.
  const byMonth = new Map<string, string>();
  for (const [key, value] of Object.entries(figures)) {
    if (typeof value === 'string' && DATE.test(value) && !byMonth.has(value.slice(0, 7))) byMonth.set(value.slice(0, 7), key);
  }
  if (!byMonth.size) return [];
  const names = monthNames(tag);
  const typed = new RegExp(`(${names.map(escape).join('|')})\\s+(\\d{4})`, 'gu');
  const problems: RawProblem[] = [];
  for (const { path, text } of fields) {
    if (NOT_COPY.includes(String(path[0]))) continue;
    // Placeholders are what we want; only typed months are looked at.
    let blanked = text;
    // Innermost braces first (a plural's forms, then the plural), each as long as it was: offsets stay.
    while (/\{[^{}]*\}/.test(blanked)) blanked = blanked.replace(/\{[^{}]*\}/g, (p) => '∎'.repeat(p.length));
    const plain = asciiDigits(blanked);
    for (const m of plain.matchAll(typed)) {
      const month = `${m[2]}-${String(names.indexOf(m[1]) + 1).padStart(2, '0')}`;
      const key = byMonth.get(month);
      if (!key) continue;
      const shown = text.slice(m.index, m.index + m[0].length);
      problems.push({
        severity: 'warning',
        path,
        message: `has "${shown}" typed in, the month of {${key}}; write the placeholder (a month: {calc_attacks_since_month} for the count's start) so the sentence changes when the data does`,
        expected: `{${key}}`,
        got: JSON.stringify(shown),
        find: shown
      });
    }
  }
  return problems;
}

/** A month typed where the data has it is a warning naming the placeholder, in every edition's words. */
import { describe, expect, it } from 'vitest';
import { validateStoryText } from '$lib/data/validate';
import { validateLocaleText } from '$lib/data/locale-check';
import { formatProblem } from '$lib/data/problems';
import { edit, localeText, storyText, TODAY } from '../helpers/story-file';

const story = validateStoryText(storyText(), TODAY).story!;
const warnings = (text: string, file: string) =>
  validateLocaleText(text, story, file).problems.filter((p) => p.severity === 'warning').map((p) => formatProblem(p, file));

describe('months typed into copy', () => {
  it('are quiet on the project as it is', () => {
    expect(warnings(localeText('en'), 'en.yaml')).toEqual([]);
    expect(warnings(localeText('ar'), 'ar.yaml')).toEqual([]);
  });

  it('warn, located, where the month of a date figure is typed (English)', () => {
    const typed = edit(localeText('en'), 'Since {calc_attacks_since_month} the Houthis', 'Since November 2023 the Houthis');
    const w = warnings(typed, 'en.yaml');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(/^en\.yaml:\d+:\d+ {2}steps\.attacks\.text {2}warning: has "November 2023" typed in, the month of \{attacks_since\}/);
  });

  it('warn in Arabic words and digits too', () => {
    const typed = edit(localeText('ar'), 'حتى {attacks_compare_until}.\n    alt:', 'حتى يونيو ٢٠٢٤.\n    alt:');
    const w = warnings(typed, 'ar.yaml');
    expect(w.some((l) => /steps\.attacks\.text {2}warning: has "يونيو ٢٠٢٤" typed in, the month of \{attacks_compare_until\}/.test(l))).toBe(true);
  });

  it('leave source titles alone (a citation, not copy)', () => {
    expect(localeText('en')).toContain('Count of Houthi attacks, June 2024');
    expect(warnings(localeText('en'), 'en.yaml').join('\n')).not.toMatch(/sources\./);
  });
});

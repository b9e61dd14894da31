/** Warnings for figures typed into copy where a placeholder exists (the page would contradict itself). */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '$lib/data/problems';
import { edit, localeText, storyText } from '../helpers/story-file';
import { checkLocale } from '../helpers/locale-check';

/** Warnings for a locale file's copy, against story.yaml (changed or not). */
const warnings = (words: string, story = storyText()) => checkLocale(words, 'en.yaml', story).problems.filter((p) => p.severity === 'warning');
const RANGE_SENTENCE = 'With a range of **{missile_range_km} km**';

describe('figures typed into copy', () => {
  it('the real file has none', () => {
    expect(warnings(localeText()).map((p) => formatProblem(p, 'en.yaml'))).toEqual([]);
  });

  it('warns when a sentence says "300 km" after range_km changed to 450, pointing at the typed figure', () => {
    const story = edit(storyText(), 'range_km: 300 ', 'range_km: 450 ');
    const t = edit(localeText(), RANGE_SENTENCE, 'With a range of **300 km**');
    const [w] = warnings(t, story);
    expect(formatProblem(w, 'en.yaml')).toMatch(/^en\.yaml:\d+:\d+ {2}steps\.range\.text {2}warning: has "300 km" typed in, but missile_range_km is 450; write \{missile_range_km\}/);
    const line = t.split('\n')[w.line - 1];
    expect(line.slice(w.col - 1)).toMatch(/^300 km/);
    // A warning never blocks: the words still validate.
    expect(checkLocale(t, 'en.yaml', story).words).toBeDefined();
  });

  it('finds a figure typed in Arabic-Indic digits, in any language', () => {
    const t = edit(localeText(), RANGE_SENTENCE, 'With a range of **٣٠٠ كم**');
    const out = warnings(t).map((p) => formatProblem(p, 'ar.yaml'));
    expect(out.some((m) => /steps\.range\.text {2}warning: has "٣٠٠" typed in; write \{missile_range_km\}/.test(m)), out.join('\n')).toBe(true);
  });

  it.each([
    ['the same range typed in', RANGE_SENTENCE, 'With a range of **300 kilometres**', /"300 kilometres" typed in; write \{missile_range_km\}/],
    ['a warhead range', '{missile_warhead_kg_min}–{missile_warhead_kg_max} kg', '200–300 kg', /"200–300 kg" typed in; write \{missile_warhead_kg_min\}/],
    ['a Mach number', 'At Mach {missile_speed_mach}', 'At Mach 2', /"Mach 2" typed in; write \{missile_speed_mach\}/],
    ['a computed time', '**{calc_missile_minutes} minutes**', '**7.3 minutes**', /"7\.3 minutes" typed in; write \{calc_missile_minutes\}/],
    ['the attack count', 'carried out {calc_attack_count_text}\n      {attacks_count, plural, one {attack} other {attacks}}', 'carried out more than 40 attacks', /"40 attacks" typed in; write \{attacks_count\}/],
    ['the compared count', 'counted {attacks_compare_count} attacks by {attacks_compare_until}', 'counted 190 attacks by {attacks_compare_until}', /"190 attacks" typed in; write \{attacks_compare_count\}/],
    ['ships a month with a thousands separator', 'against more than {traffic_before} before', 'against more than 2,100 ships before', /"2,100 ships" typed in; write \{traffic_before\}/]
  ])('warns about %s', (_, from, to, pattern) => {
    const out = warnings(edit(localeText(), from, to)).map((p) => formatProblem(p, 'en.yaml'));
    expect(out.some((m) => pattern.test(m)), out.join('\n')).toBe(true);
  });

  it.each([
    ['a distance that is not a figure', 'hit about 30 km off Mocha'],
    ['the compared count written as its placeholder', 'Pentagon counted {attacks_compare_count} attacks by {attacks_compare_until}'],
    ['a year', 'Count of Houthi attacks, June 2024'],
    ['a designation', 'K-300P Bastion-P']
  ])('stays quiet about %s', (_, sentence) => {
    expect(localeText()).toContain(sentence);
    expect(warnings(localeText())).toEqual([]);
  });
});

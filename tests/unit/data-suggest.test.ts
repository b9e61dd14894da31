/** "Did you mean …?": close misspellings get the right suggestion, unrelated words get none. */
import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from '$lib/data/suggest';
import { SCENES } from '$lib/data/schema';
import { knownKeysAt } from '$lib/data/schema-walk';
import { storySchema } from '$lib/data/schema';
import { validateStoryText } from '$lib/data/validate';
import { formatProblem } from '$lib/data/problems';
import { edit, localeText, storyText, TODAY } from '../helpers/story-file';
import { checkLocale } from '../helpers/locale-check';

describe('edit distance', () => {
  it.each([
    ['speed', 'speed', 0],
    ['sped', 'speed', 1],
    ['spede', 'speed', 1], // swapped neighbours count once
    ['rnage_km', 'range_km', 1],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3]
  ])('%s → %s = %d', (a, b, d) => expect(editDistance(a, b)).toBe(d));
});

describe('didYouMean', () => {
  const missileKeys = knownKeysAt(storySchema, ['missile']);
  it.each([
    ['sped', SCENES, 'speed'],
    ['atacks', SCENES, 'attacks'],
    ['Range-KM', missileKeys, 'range_km'],
    ['rangekm', missileKeys, 'range_km'],
    ['speed_mac', missileKeys, 'speed_mach'],
    ['warhead_min_kg', missileKeys, undefined], // too far from warhead_kg_min to guess
    ['colour', SCENES, undefined],
    ['x', SCENES, undefined]
  ])('%s among %j → %s', (word, known, meant) => expect(didYouMean(word, known as readonly string[])).toBe(meant));

  it('knows the keys of nested sections from the schema', () => {
    expect(knownKeysAt(storySchema, ['events', 0])).toEqual(expect.arrayContaining(['id', 'date', 'lat', 'lon']));
    expect(knownKeysAt(storySchema, ['steps', 3])).toEqual(expect.arrayContaining(['id', 'scene', 'sources']));
    expect(knownKeysAt(storySchema, ['nope'])).toEqual([]);
  });
});

describe('suggestions in validation messages', () => {
  const messages = (text: string) => validateStoryText(text, TODAY).problems.map((p) => formatProblem(p));
  it.each([
    ['a misspelt top-level section', 'missile:\n  range_km:', 'misile:\n  range_km:', /^story\.yaml:\d+:1 {2}misile {2}is not a key this section knows — did you mean "missile"\?/],
    ['a misspelt figure key', 'range_km: 300 ', 'rnage_km: 300 ', /missile\.rnage_km {2}is not a key this section knows — did you mean "range_km"\?/],
    ['a misspelt source id', 'source: reuters ', 'source: reuter ', /attacks\.source {2}is not the id of a source — did you mean "reuters"\?/],
    ['a misspelt launch point', 'launch_points: [hodeidah,', 'launch_points: [hodiedah,', /launch_points\[0\] {2}is not the id of a place — did you mean "hodeidah"\?/],
    ['a misspelt state', 'state: horizon', 'state: horizn', /steps\[\d+\]\.state {2}is not a state of the weapon scene — did you mean "horizon"\?/]
  ])('%s', (_, from, to, pattern) => {
    const out = messages(edit(storyText(), from, to));
    expect(out.some((m) => pattern.test(m)), out.join('\n')).toBe(true);
  });

  it.each([
    ['a misspelt placeholder', '{missile_family_name}', '{missile_familyname}', /^en\.yaml:\d+:\d+ {2}steps\.weapon\.text {2}uses an unknown figure \{missile_familyname\} — did you mean "missile_family_name"\?/],
    ['a misspelt step id', '  skim:\n    kicker', '  skm:\n    kicker', /^en\.yaml:\d+:\d+ {2}steps\.skm {2}is not an id in story\.yaml's steps — did you mean "skim"\?/],
    ['a misspelt section of words', 'scenes:\n  map:', 'scenes:\n  mapp:', /^en\.yaml:\d+:\d+ {2}scenes\.mapp {2}is not a key this section knows — did you mean "map"\?/]
  ])('in a locale file: %s', (_, from, to, pattern) => {
    const out = checkLocale(edit(localeText(), from, to)).problems.map((p) => formatProblem(p, 'en.yaml'));
    expect(out.some((m) => pattern.test(m)), out.join('\n')).toBe(true);
  });

  it('reports a misspelt key once, not also as a missing key', () => {
    const out = messages(edit(storyText(), 'range_km: 300 ', 'rnage_km: 300 '));
    expect(out.filter((m) => /^story\.yaml:\d+:\d+ {2}missile\.(rnage_km|range_km) /.test(m)), out.join('\n')).toHaveLength(1);
  });

  it('still reports a missing key when the unknown key is not a misspelling of it', () => {
    const out = messages(edit(storyText(), 'range_km: 300 ', 'reach: 300 '));
    expect(out.some((m) => /missile\.reach {2}is not a key/.test(m))).toBe(true);
    expect(out.some((m) => /missile\.range_km {2}is missing/.test(m))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { validateStoryText } from '$lib/data/validate';
import { formatProblem } from '$lib/data/problems';
import { edit, localeText, storyText, TODAY } from '../helpers/story-file';
import { localeErrors } from '../helpers/locale-check';

const check = (text: string) => validateStoryText(text, TODAY);
const only = (text: string) => {
  const errors = check(text).problems.filter((p) => p.severity === 'error');
  return errors;
};

describe('story.yaml validation', () => {
  it('accepts the real file with no errors', () => {
    const v = check(storyText());
    expect(v.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([]);
    expect(v.story?.missile.range_km).toBe(300);
    expect(v.story?.steps.length).toBeGreaterThanOrEqual(7);
  });

  const cases: [string, (t: string) => string, string | RegExp, RegExp][] = [
    ['a number written as text', (t) => edit(t, 'range_km: 300', 'range_km: "300 km"'), 'missile.range_km', /expected number/],
    ['a missing key', (t) => edit(t, '  speed_mach: 2                # near the sea surface\n', ''), 'missile.speed_mach', /expected number, got nothing/],
    ['an unknown scene', (t) => edit(t, 'scene: speed', 'scene: sped'), 'steps[5].scene', /one of deal, weapon/],
    // A syntax error is blamed on the key being written when the parser gave up.
    ['a YAML syntax error', (t) => edit(t, '  range_km: 300', '  range_km: [300'), /^missile\.range/, /YAML syntax/],
    ['a duplicate key', (t) => edit(t, '  speed_mach: 2 ', '  speed_mach: 2\n  speed_mach: 3 '), 'missile.speed_mach', /appears twice/],
    ['a tab used for indenting', (t) => edit(t, '  range_km: 300', '\trange_km: 300'), /^missile/, /[Tt]ab/],
    ['an unclosed quote', (t) => edit(t, 'site_url: https://graphics.example.org/yakhont-red-sea', 'site_url: "https://graphics.example.org/yakhont-red-sea'), /^meta/, /quote|YAML syntax/],
    ['a negative range', (t) => edit(t, 'range_km: 300', 'range_km: -300'), 'missile.range_km', /expected more than 0/],
    ['an impossible date', (t) => edit(t, 'since: 2023-11-19', 'since: 2023-02-30'), 'attacks.since', /real calendar date/],
    ['an event in the future', (t) => edit(t, 'date: 2024-08-21', 'date: 2099-08-21'), 'events[4].date', /in the future/],
    ['an event before attacks.since', (t) => edit(t, 'date: 2024-02-18', 'date: 2023-01-18'), 'events[1].date', /before attacks.since/],
    ['a misspelt key', (t) => edit(t, '    label: above', '    lable: above'), 'events[0].lable', /not a key.*did you mean "label"/],
    ['a duplicate event id', (t) => edit(t, '  - id: tutor', '  - id: rubymar'), 'events[3].id', /used by another event/],
    ['a launch point that is not a place', (t) => edit(t, 'launch_points: [hodeidah,', 'launch_points: [hodeida,'), 'launch_points[0]', /not the id of a place/],
    ['a place off the map', (t) => edit(t, 'lat: 55.756, lon: 37.617', 'lat: -55.756, lon: 37.617'), 'places[16]', /outside the regional map/],
    ['a state the scene does not have', (t) => edit(t, 'state: horizon', 'state: horizen'), 'steps[4].state', /one of profile, horizon/],
    ['an unknown source for the compared count', (t) => edit(t, 'compare_source: pentagon', 'compare_source: pentagn'), 'attacks.compare_source', /not the id of a source.*pentagon/],
    ['half a compared count', (t) => edit(t, '  compare_until: 2024-06-17', ''), 'attacks', /all three or none/],
    ['a compared count that ends before attacks.since', (t) => edit(t, 'compare_until: 2024-06-17', 'compare_until: 2023-06-17'), 'attacks.compare_until', /before attacks.since/],
    ['words in the figures file', (t) => edit(t, '  published: 2024-12-02', '  published: 2024-12-02\n  headline: A headline'), 'meta.headline', /not a key this section knows/]
  ];

  it.each(cases)('rejects %s, naming the key path and line', (_, mutate, path, pattern) => {
    const original = storyText();
    const errors = only(mutate(original));
    const hit = errors.find((p) => (typeof path === 'string' ? p.path === path : path.test(p.path)));
    expect(hit, `no error at ${path}; got ${errors.map((p) => formatProblem(p)).join(' | ')}`).toBeDefined();
    expect(formatProblem(hit!)).toMatch(pattern);
    expect(hit!.line).toBeGreaterThan(1);
  });

  it('points at the line of the bad value', () => {
    const text = edit(storyText(), 'range_km: 300', 'range_km: "300 km"');
    const line = text.split('\n').findIndex((l) => l.includes('range_km: "300 km"')) + 1;
    expect(only(text).find((p) => p.path === 'missile.range_km')?.line).toBe(line);
  });

  it('reports several mistakes at once', () => {
    let t = storyText();
    t = edit(t, 'range_km: 300', 'range_km: "300 km"');
    t = edit(t, 'scene: speed', 'scene: sped');
    t = edit(t, '    label: above', '    lable: above');
    expect(only(t).length).toBeGreaterThanOrEqual(3);
  });
});

describe('the copy, in en.yaml, checked against story.yaml', () => {
  const cases: [string, (t: string) => string, string, RegExp][] = [
    ['an unknown placeholder', (t) => edit(t, 'sending\n      {missile_name}', 'sending\n      {missile_nme}'), 'steps.report.text', /unknown figure \{missile_nme\}/],
    ['a javascript: link', (t) => edit(t, 'On 24 September 2024 **Reuters**', 'On 24 September 2024 [Reuters](javascript:alert(1))'), 'intro[0]', /not allowed/],
    ['an empty headline', (t) => edit(t, "headline: Russia's supersonic missile and the Red Sea", 'headline: ""'), 'meta.headline', /empty/],
    ['an unclosed quote', (t) => edit(t, 'site_name: Newsroom Graphics', 'site_name: "Newsroom Graphics'), 'meta', /quote|YAML syntax/]
  ];
  it.each(cases)('rejects %s, naming the key path and line', (_, mutate, path, pattern) => {
    const errors = localeErrors(mutate(localeText()));
    const hit = errors.find((p) => p.path === path || p.path.startsWith(path));
    expect(hit, `no error at ${path}; got ${errors.map((p) => formatProblem(p, 'en.yaml')).join(' | ')}`).toBeDefined();
    expect(formatProblem(hit!, 'en.yaml')).toMatch(pattern);
    expect(hit!.line).toBeGreaterThan(1);
  });
});

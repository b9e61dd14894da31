/**
 * The statics plan (src/lib/statics/plan.ts): every static of an edition, its size, its alt text
 * in the edition's language, and a file name that follows what the image shows.
 */
import { describe, expect, it } from 'vitest';
import { parseStory, toView } from '$lib/server/story';
import { FORMATS, STATIC_FORMATS, parseRenderQuery, renderPagePath, staticsDeskPath, staticsPlan, staticsZipFile, stepPagePath } from '$lib/statics/plan';
import type { StoryView } from '$lib/types';
import { edit, localeText, storyText } from '../helpers/story-file';
import { pseudoLocale } from '../helpers/pseudo-locale';

const view = (story = storyText(), lang = 'en', locale = localeText(lang)): StoryView => toView(parseStory(story, locale, lang));
const EN = view();
const AR = view(storyText(), 'ar');
const ARABIC_DIGIT = /[\u0660-\u0669]/;

describe('statics plan', () => {
  it('lists every step × format × theme of an edition once, print in light only', () => {
    for (const v of [EN, AR]) {
      const plan = staticsPlan(v);
      expect(plan).toHaveLength(v.steps.length * 7);
      expect(new Set(plan.map((e) => e.file)).size).toBe(plan.length);
      for (const step of v.steps)
        for (const format of STATIC_FORMATS) {
          const themes = plan.filter((e) => e.step === step.id && e.format === format).map((e) => e.theme);
          expect(themes.sort(), `${step.id} ${format}`).toEqual(format === 'print' ? ['light'] : ['dark', 'light']);
        }
      expect(plan.every((e) => e.edition === v.edition.lang && e.file.startsWith(`statics/${v.edition.lang}/`))).toBe(true);
    }
  });

  it('gives each format its size: pixels for images (web at 2×), points for the 103 mm print', () => {
    const size = (f: string) => staticsPlan(EN).find((e) => e.format === f)!;
    expect([size('web').width, size('web').height]).toEqual([2400, 1600]);
    expect([size('portrait').width, size('portrait').height]).toEqual([1080, 1350]);
    expect([size('landscape').width, size('landscape').height]).toEqual([1200, 630]);
    expect([size('print').width, size('print').height]).toEqual([292, 255]);
    expect(size('print').file).toMatch(/\.pdf$/);
    expect(size('web').file).toMatch(/^statics\/en\/[a-z]+-web-(light|dark)\.[0-9a-z]{10}\.png$/);
    expect(FORMATS.web.css.width).toBe(1200);
  });

  it('writes alt text in the edition language: kicker, caption, the alt with its figures, the credit', () => {
    const range = (v: StoryView) => staticsPlan(v).find((e) => e.step === 'range')!;
    expect(range(EN).alt).toContain('The reach');
    expect(range(EN).alt).toMatch(/300\skm/);
    expect(range(EN).alt).toContain(EN.steps.find((s) => s.id === 'range')!.caption);
    expect(range(EN).alt).toContain(EN.steps.find((s) => s.id === 'range')!.credit);
    const ar = range(AR).alt;
    expect(ar).toContain('المدى');
    expect(ar).toMatch(ARABIC_DIGIT);
    expect(ar).not.toMatch(/[0-9]/);
    expect(ar).not.toMatch(/\{|\}/);
  });

  it('renames the files that show a changed figure, and only those', () => {
    const before = staticsPlan(EN);
    const after = staticsPlan(view(edit(storyText(), 'range_km: 300 ', 'range_km: 310 ')));
    const changed = (step: string) => before.filter((e) => e.step === step).every((e, i) => e.file !== after.filter((a) => a.step === step)[i].file);
    expect(changed('range')).toBe(true);
    expect(changed('speed')).toBe(true);
    expect(changed('stakes')).toBe(false);
    expect(changed('attacks')).toBe(false);
  });

  it('keeps every file name when a word no static shows changes', () => {
    const locale = edit(localeText(), 'skip_graphics: Skip the step-by-step graphics', 'skip_graphics: Skip the graphics');
    expect(staticsPlan(view(storyText(), 'en', locale)).map((e) => e.file)).toEqual(staticsPlan(EN).map((e) => e.file));
    // The story text beside a graphic is not on its images either.
    const text = edit(localeText(), 'Iran, which arms and trains the Houthis', 'Iran, which arms and trains the Houthi group');
    expect(staticsPlan(view(storyText(), 'en', text)).map((e) => e.file)).toEqual(staticsPlan(EN).map((e) => e.file));
  });

  it('renames a step\'s files when its caption changes, and every file when the look changes', () => {
    const locale = edit(localeText(), 'Iran, which arms the Houthis, was mediating the talks.', 'Iran was mediating the talks.');
    const after = staticsPlan(view(storyText(), 'en', locale));
    const before = staticsPlan(EN);
    before.forEach((e, i) => expect(after[i].file !== e.file, e.file).toBe(e.step === 'iran'));
    const restyled = staticsPlan(EN, undefined, ':root{--alert:#0000ff}');
    before.forEach((e, i) => expect(restyled[i].file).not.toBe(e.file));
  });

  it('gives a third locale file its statics with no code change', () => {
    const xa = view(storyText(), 'xa', pseudoLocale(localeText(), { numerals: 'arab' }));
    const plan = staticsPlan(xa);
    expect(plan).toHaveLength(xa.steps.length * 7);
    expect(plan[0].file.startsWith('statics/xa/')).toBe(true);
    expect(plan.find((e) => e.step === 'range')!.alt).toMatch(ARABIC_DIGIT);
    expect(staticsZipFile(plan)).toMatch(/^statics\/xa\/statics-xa\.[0-9a-z]{10}\.zip$/);
  });

  it('names the desk, step and render pages from the edition base, and reads the render query back', () => {
    expect(staticsDeskPath(EN.edition)).toBe('/statics/');
    expect(staticsDeskPath(AR.edition)).toBe('/ar/statics/');
    expect(stepPagePath(AR.edition, 'range')).toBe('/ar/s/range/');
    const path = renderPagePath(AR.edition, { step: 'range', format: 'portrait', theme: 'dark' });
    expect(path).toBe('/ar/statics/render/?step=range&format=portrait&theme=dark');
    const q = parseRenderQuery(AR, new URLSearchParams(path.split('?')[1]));
    expect([q?.step.id, q?.format, q?.theme]).toEqual(['range', 'portrait', 'dark']);
    expect(parseRenderQuery(AR, new URLSearchParams('step=range&format=print&theme=dark'))).toBeNull();
    expect(parseRenderQuery(AR, new URLSearchParams('step=nope&format=web&theme=dark'))).toBeNull();
  });
});

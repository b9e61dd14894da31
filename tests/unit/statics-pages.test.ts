/** The statics pages' data: relative paths, the share image's step, sizes, and every page naming the plan's files. */
import { describe, expect, it } from 'vitest';
import { cssSize, deskData, imageCodes, shareImageStep, staticsOf, stepPageData, upFrom } from '$lib/server/statics-pages';
import { FORMATS, STATIC_FORMATS } from '$lib/statics/plan';
import { loadStoryView } from '$lib/server/story';
import { deskHtml, stepHtml } from '$lib/server/statics-html';
import { JSDOM } from 'jsdom';

describe('upFrom', () => {
  it('climbs from a page to the site root, whatever the edition', () => {
    expect(upFrom('/statics/')).toBe('../');
    expect(upFrom('/ar/statics/')).toBe('../../');
    expect(upFrom('/ar/s/range/')).toBe('../../../');
    expect(upFrom('/')).toBe('');
  });
});

describe('shareImageStep', () => {
  it('is the first step drawing the range map (what share.png shows), else the first step', () => {
    expect(shareImageStep([{ id: 'a', scene: 'deal' }, { id: 'b', scene: 'range' }, { id: 'c', scene: 'range' }])).toBe('b');
    expect(shareImageStep([{ id: 'a', scene: 'deal' }, { id: 'b', scene: 'speed' }])).toBe('a');
  });
});

describe('cssSize', () => {
  it("is the file's pixels over its format's pixel ratio: the web image at 1200 CSS px", () => {
    expect(cssSize({ format: 'web', width: 2400, height: 1600 })).toEqual({ width: 1200, height: 800 });
    const { scale } = FORMATS.landscape;
    expect(cssSize({ format: 'landscape', width: 1200, height: 630 })).toEqual({ width: Math.round(1200 / scale), height: Math.round(630 / scale) });
  });
});

describe('pages and plan agree', () => {
  const lang = 'ar';
  const view = loadStoryView(lang);
  const plan = staticsOf(lang);

  it('the desk page lists each planned file once, under its step, formats in the plan order', () => {
    const desk = deskData(lang);
    const listed = desk.steps.flatMap((s) => s.files.map((f) => ({ step: s.id, file: f.file, alt: f.alt })));
    expect(listed.map((l) => l.file).sort()).toEqual(plan.map((e) => e.file).sort());
    for (const e of plan) expect(listed.find((l) => l.file === e.file)).toEqual({ step: e.step, file: e.file, alt: e.alt });
    const first = desk.steps[0].files.map((f) => f.file);
    const formats = first.map((f) => STATIC_FORMATS.find((x) => f.includes(`-${x}-`)));
    expect(formats).toEqual([...formats].sort((a, b) => STATIC_FORMATS.indexOf(a!) - STATIC_FORMATS.indexOf(b!)));
    // Words in the edition's digits.
    expect(desk.zip.label).toContain(new Intl.NumberFormat('ar', { numberingSystem: 'arab' }).format(plan.length));
  });

  it("a step page carries that step's light landscape card, kicker and caption", () => {
    const step = view.steps[3];
    const data = stepPageData(lang, step.id);
    const card = plan.find((e) => e.step === step.id && e.format === 'landscape' && e.theme === 'light')!;
    expect(data.card.image).toEqual({ url: `${view.meta.siteUrl}/${card.file}`, width: card.width, height: card.height, alt: card.alt });
    expect(data.card.description).toBe(step.caption);
    expect(data.storyHref).toBe(`../../../ar/#step-${step.id}`);
    expect(() => stepPageData(lang, 'nowhere')).toThrow(/no step "nowhere"/);
  });

  it('the embed-code page has a code per step and theme, the share image step light first shown', () => {
    const codes = imageCodes(lang);
    expect(codes.codes).toHaveLength(view.steps.length * 2);
    expect(codes.initial).toEqual({ step: shareImageStep(view.steps), theme: 'light' });
    for (const c of codes.codes) expect(c.code).toContain(`${view.meta.siteUrl}/ar/#step-${c.step}`);
  });
});

describe('the pages written as HTML', () => {
  it('keep quotes and angle brackets in the words inside their attribute or text', () => {
    const hostile = '"><script>alert(1)</script> & <b>';
    const desk = deskData('en');
    const file = { ...desk.steps[0].files[0], alt: hostile, format: hostile };
    const html = deskHtml({ ...desk, headline: hostile, steps: [{ ...desk.steps[0], heading: hostile, files: [file] }] });
    const doc = new JSDOM(`<main>${html}</main>`).window.document;
    expect(doc.querySelectorAll('script, b')).toHaveLength(0);
    expect(doc.querySelector('img')!.getAttribute('alt')).toBe(hostile);
    expect(doc.querySelector('h2')!.textContent).toBe(hostile);
    expect(doc.querySelector('.lede')!.textContent).toBe(hostile);

    const step = stepPageData('en', 'range');
    const page = new JSDOM(`<main>${stepHtml({ ...step, kicker: hostile, caption: hostile })}</main>`).window.document;
    expect(page.querySelectorAll('script, b')).toHaveLength(0);
    expect([page.querySelector('h1')!.textContent, page.querySelector('p')!.textContent]).toEqual([hostile, hostile]);
    expect(page.querySelector('a[data-story-link]')!.getAttribute('href')).toBe(step.storyHref);
  });
});

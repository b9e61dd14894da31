/**
 * The attacks' count step with generated data, in both editions: counts from 0 to 2,000 against
 * today's compared count (190) and a far larger one (5,000). Rendered as the page renders it, from
 * a StoryView built from an edited story.yaml (no build per data set): the squares drawn follow the
 * count at the scale the key gives ("each square = 10 attacks" once a square cannot be one attack),
 * the key lists exactly the kinds of marks drawn at each moment of the step (never the compared
 * count's before its marks appear), and the words follow the figure, "more than" included.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import SceneStage from '$lib/scenes/SceneStage.svelte';
import { marksUnit } from '$lib/scenes/tally';
import { formatIn } from '$lib/i18n/numbers';
import { storyViewFixture } from '../helpers/story-view';
import { edit, localeText, storyText } from '../helpers/story-file';
import type { StoryView } from '$lib/types';

afterEach(cleanup);

const COUNTS = [0, 1, 2, 3, 11, 40, 140, 2000];
// Each count against a far larger compared count; against today's 190: none, today's 40, and a count past it.
const COMPARED: [number, number[]][] = [[5000, COUNTS], [190, [0, 40, 2000]]];
const views = new Map<string, StoryView>();
function view(lang: string, count: number, compare: number): StoryView {
  const key = `${lang} ${count} ${compare}`;
  if (!views.has(key)) {
    let text = edit(storyText(), '  count: 40', `  count: ${count}`);
    text = edit(text, 'compare_count: 190', `compare_count: ${compare}`);
    views.set(key, storyViewFixture(text, localeText(lang), lang));
  }
  return views.get(key)!;
}

const stage = (story: StoryView, progress: number) =>
  render(SceneStage, { story, step: story.steps.find((s) => s.id === 'attacks')!, progress }).container;

/** Subpaths (squares, or a share of one) of a path. */
const pieces = (p: Element | null) => (p?.getAttribute('d')?.match(/M/g) ?? []).length;
/** Shown: not hidden by visibility or a zero opacity. */
const shown = (el: HTMLElement | SVGElement) => el.style.visibility !== 'hidden' && el.style.opacity !== '0';
const drawnKinds = (c: Element) =>
  [...c.querySelectorAll<SVGPathElement>('[data-mark-kind]')].filter((p) => pieces(p) > 0 && shown(p)).map((p) => p.dataset.markKind).sort();
const keyedKinds = (c: Element) => [...c.querySelectorAll<HTMLElement>('[data-key-kind]')].filter(shown).map((k) => k.dataset.keyKind).sort();
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the attacks count with any count', () => {
  for (const lang of ['en', 'ar'])
    for (const [compare, counts] of COMPARED)
      it(`${lang}, compared with ${compare}: squares at the key's scale, the key naming exactly the marks drawn, at counts ${counts.join(', ')}`, () => {
        for (const count of counts) {
          const story = view(lang, count, compare);
          const unit = marksUnit(Math.max(count, compare));
          const extra = compare > count;
          for (const progress of [0, 0.45, 1]) {
            const c = stage(story, progress);
            const where = `${lang} ${count}/${compare} at ${progress}`;
            expect(Number(c.querySelector('[data-marks-unit]')!.getAttribute('data-marks-unit')), where).toBe(unit);
            // The story's count: one piece per square it covers (its last square may be a share of one).
            expect(pieces(c.querySelector('[data-mark-kind="count"]')), where).toBe(Math.ceil(count / unit));
            const others = c.querySelector('[data-mark-kind="compare"]');
            // The compared count's marks appear only as the grid is re-laid out for them (from 40% of the
            // step), or from the start when the story's count has no squares to show before them.
            const compared = extra && (progress > 0.4 || count === 0);
            if (!extra) expect(others, where).toBeNull();
            else expect(pieces(others), where).toBe(compared ? Math.ceil(compare / unit) - Math.floor(count / unit) : 0);
            expect(keyedKinds(c), where).toEqual(drawnKinds(c));
            expect(drawnKinds(c), where).toEqual([...(count > 0 ? ['count'] : []), ...(compared ? ['compare'] : [])].sort());
            // What a square stands for, once it is more than one attack; no squares that are not yet filled.
            expect(text(c.querySelector('.key.scale')), where).toBe(unit > 1 ? story.words.attacks.keyScale : '');
            expect(c.querySelectorAll('.marks path').length, where).toBe(extra ? 2 : 1);
            cleanup();
          }
        }
      });

  it('says what a square stands for in each edition, its words following the number', () => {
    const scale = (lang: string, count: number, compare: number) => view(lang, count, compare).words.attacks.keyScale;
    expect(scale('en', 40, 190)).toBe('');
    expect(scale('en', 2000, 190)).toBe('each square = 10 attacks');
    expect(scale('en', 140, 5000)).toBe('each square = 25 attacks');
    expect(scale('en', 2000, 5000)).toBe('each square = 25 attacks');
    expect(scale('ar', 40, 190)).toBe('');
    expect(scale('ar', 2000, 190)).toBe('كل مربع يمثّل ١٠ هجمات');
    expect(scale('ar', 140, 5000)).toBe('كل مربع يمثّل ٢٥ هجوماً');
    // The count's own key: "one attack" each only while a square is one attack.
    expect(view('en', 40, 190).words.attacks.keyCount).toBe('one attack counted by Reuters (40 marks)');
    expect(view('en', 2000, 5000).words.attacks.keyCount).toBe('attacks counted by Reuters: more than 2,000');
    const ar = view('ar', 2000, 5000);
    expect(ar.words.attacks.keyCount).toBe(`هجمات في إحصاء رويترز: أكثر من ${formatIn(ar.live.numbers, 2000)}`);
  });

  it('"more than" follows the figure: in words where the edition says a number in words, never a doubled space', () => {
    const head = (lang: string, count: number) => {
      const v = view(lang, count, 5000);
      const t = v.steps.find((s) => s.id === 'attacks')!;
      return { n: v.words.attacks.countText, what: v.words.attacks.countWhat, text: JSON.stringify(t.text), alt: t.alt };
    };
    expect(head('en', 0).n).toBe('no');
    expect(head('en', 0).what).toMatch(/^attacks on merchant ships/);
    expect(head('en', 1).n).toBe('more than one');
    expect(head('en', 1).what).toMatch(/^attack on merchant ships/);
    expect(head('en', 2).n).toBe('more than 2');
    expect(head('en', 2000).n).toBe('more than 2,000');
    // Arabic: with 1 and 2 the noun says the number (no digit), and no second noun follows.
    expect(head('ar', 1).n).toBe('أكثر من هجوم واحد');
    expect(head('ar', 1).what).toMatch(/^على سفن تجارية/);
    expect(head('ar', 2).n).toBe('أكثر من هجومين');
    expect(head('ar', 2).what).toMatch(/^على سفن تجارية/);
    expect(head('ar', 3).n).toBe('أكثر من ٣');
    expect(head('ar', 3).what).toMatch(/^هجمات على/);
    expect(head('ar', 11).what).toMatch(/^هجوماً على/);
    expect(head('ar', 2000).n).toBe(`أكثر من ${formatIn(view('ar', 2000, 5000).live.numbers, 2000)}`);
    expect(head('ar', 2000).what).toMatch(/^هجوم على/);
    for (const lang of ['en', 'ar'])
      for (const count of COUNTS) {
        const h = head(lang, count);
        for (const s of [h.n, h.what, h.text, h.alt]) expect(s, `${lang} ${count}: ${s}`).not.toMatch(/ {2}|^ | $/);
      }
    expect(head('ar', 1).text).toContain('أكثر من هجوم واحد على سفن تجارية');
    expect(head('ar', 2).text).toContain('أكثر من هجومين على سفن تجارية');
    expect(head('en', 1).text).toContain('more than one attack on merchant ships');
  });
});

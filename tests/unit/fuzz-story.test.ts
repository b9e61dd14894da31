/**
 * 400 seeded random mutations of story.yaml. Every run must either validate, and then render to a
 * StoryView with text on it, or fail with located problems that each name a key path: never an
 * uncaught exception, never a blank page. (en.yaml's runs: fuzz-locale.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { validateStoryText } from '$lib/data/validate';
import { validateLocaleText } from '$lib/data/locale-check';
import { mergeEdition } from '$lib/data/edition';
import { StoryDataError } from '$lib/data/problems';
import { toView } from '$lib/server/story';
import { localeText, storyText, TODAY } from '../helpers/story-file';
import { expectBothOutcomes, expectLocated, mutations, realWords, RUNS, SEED } from '../helpers/fuzz';

describe(`fuzz: ${RUNS} random mutations of story.yaml`, () => {
  const runs = mutations(storyText(), SEED);
  const words = realWords();
  const outcome = { valid: 0, invalid: 0, topOfFile: 0 };

  it.each(runs)('run $i: $what', ({ text }) => {
    const v = validateStoryText(text, TODAY);
    if (v.story) {
      outcome.valid++;
      // The English words, checked against the mutated figures: they agree, or say why not.
      const w = validateLocaleText(localeText(), v.story, 'en.yaml');
      if (!w.words) {
        expect(w.problems.some((p) => p.severity === 'error')).toBe(true);
        expectLocated(w.problems, localeText(), 'en.yaml', { topOfFile: 0 });
        return;
      }
      try {
        const view = toView(mergeEdition(v.story, words, 'en'));
        expect(view.steps.length).toBeGreaterThan(0);
        expect(view.meta.headlineText.trim()).not.toBe('');
      } catch (e) {
        if (!(e instanceof StoryDataError)) throw e;
      }
      return;
    }
    outcome.invalid++;
    const errors = v.problems.filter((p) => p.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expectLocated(v.problems, text, 'story.yaml', outcome);
  });

  it('exercised both outcomes, and named real key paths almost every time', () => expectBothOutcomes(outcome));
});


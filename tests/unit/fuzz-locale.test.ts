/**
 * 400 seeded random mutations of en.yaml, checked against the real story.yaml: every run either
 * validates and renders, or fails with located problems naming key paths. (story.yaml's runs:
 * fuzz-story.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { validateLocaleText } from '$lib/data/locale-check';
import { mergeEdition } from '$lib/data/edition';
import { toView } from '$lib/server/story';
import { localeText } from '../helpers/story-file';
import { expectBothOutcomes, expectLocated, mutations, realStory, RUNS, SEED } from '../helpers/fuzz';

describe(`fuzz: ${RUNS} random mutations of en.yaml`, () => {
  const runs = mutations(localeText(), SEED + 1);
  const story = realStory();
  const outcome = { valid: 0, invalid: 0, topOfFile: 0 };

  it.each(runs)('run $i: $what', ({ text }) => {
    const v = validateLocaleText(text, story, 'en.yaml');
    if (v.words) {
      outcome.valid++;
      const view = toView(mergeEdition(story, v.words, 'en'));
      expect(view.steps.length).toBeGreaterThan(0);
      expect(view.meta.headlineText.trim()).not.toBe('');
      return;
    }
    outcome.invalid++;
    expect(v.problems.filter((p) => p.severity === 'error').length).toBeGreaterThan(0);
    expectLocated(v.problems, text, 'en.yaml', outcome);
  });

  it('exercised both outcomes, and named real key paths almost every time', () => expectBothOutcomes(outcome));
});

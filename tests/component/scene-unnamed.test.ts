/**
 * An edition whose translation lags draws an event or place it has no words for as a mark without a
 * name: the timeline row says the date alone (no separator, no other language's name), the map
 * keeps the ring.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import SceneStage from '$lib/scenes/SceneStage.svelte';
import { storyViewFixture } from '../helpers/story-view';
import { localeText } from '../helpers/story-file';

afterEach(cleanup);

describe('an event this edition has no words for', () => {
  const lagging = localeText().replace(/\n {2}tutor:\n(?: {4}.*\n)+/, '\n');
  const story = storyViewFixture(undefined, lagging);
  const tutor = story.events.find((e) => e.id === 'tutor')!;

  it('is drawn on the timeline with its date alone and on the map as a ring without a name', () => {
    expect(lagging).not.toContain('Tutor');
    const c = render(SceneStage, { story, step: story.steps.find((s) => s.id === 'events')!, progress: 1 }).container;
    const row = c.querySelector(`[data-event-date="${tutor.date}"] text`)!;
    expect(row.textContent!.trim()).toBe(tutor.dateLabel);
    // The others keep "date · ship".
    const named = story.events.find((e) => e.ship)!;
    expect(c.querySelector(`[data-event-date="${named.date}"] text`)!.textContent!.replace(/\s+/g, ' ').trim()).toBe(`${named.dateLabel} · ${named.ship}`.replace(/\s+/g, ' '));
    const marks = c.querySelectorAll('.map .event');
    expect(marks.length).toBe(story.geo.eventMarks.length);
    const unnamed = [...marks].filter((m) => !m.hasAttribute('data-event-map'));
    expect(unnamed).toHaveLength(1);
    expect(unnamed[0].querySelector('circle')).not.toBeNull();
    expect(unnamed[0].querySelector('text')).toBeNull();
    expect(c.textContent).not.toContain('Tutor');
  });
});

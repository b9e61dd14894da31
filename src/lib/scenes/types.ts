import type { StepView, StoryView } from '$lib/types';

/** Every scene gets the same props: the whole story, the step it illustrates, and 0..1 progress. */
export interface SceneProps {
  story: StoryView;
  step: StepView;
  /** 0 when the step enters, 1 when it leaves; always 1 in print, without JS and with reduced motion. */
  progress: number;
}

/**
 * Reader events for newsrooms, who measure how far readers get: the story announces each step a
 * reader reaches, once per step per page view, as a `story-step` CustomEvent on `window`. Nothing
 * is stored or sent anywhere: a page that wants it listens (in an embed, the child passes it on
 * to the host page, see $lib/embed/child.ts).
 */
export const STEP_EVENT = 'story-step';

export interface StepEventDetail {
  /** 0-based position of the step in the story. */
  index: number;
  /** The step's id in story.yaml. */
  id: string;
  /** The story's language code (meta.language in story.yaml), e.g. "en". */
  edition: string;
}

/** A function to call with each step index reached; it dispatches each one once on `target`. */
export function stepAnnouncer(
  steps: readonly { id: string }[],
  edition: string,
  target: EventTarget | undefined = globalThis.window
): (index: number) => void {
  const told = new Set<number>();
  return (index) => {
    const step = steps[index];
    if (!step || !target || told.has(index)) return;
    told.add(index);
    const detail: StepEventDetail = { index, id: step.id, edition };
    target.dispatchEvent(new CustomEvent(STEP_EVENT, { detail }));
  };
}

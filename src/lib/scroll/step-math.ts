/**
 * Which step is active and how far through it the reader is, from step boxes and a trigger
 * line. Pure: used to resynchronise scrollama after loads, resizes and flings, and by the
 * embed, where the host page's viewport replaces the window's.
 */
export interface Span {
  top: number;
  bottom: number;
}

export interface StepPosition {
  index: number;
  progress: number;
}

/** The last step whose top has passed the trigger line (the first while none has). */
export function stepAtLine(steps: readonly Span[], line: number): StepPosition {
  let index = 0;
  for (let i = 0; i < steps.length; i++) if (steps[i].top <= line) index = i;
  const s = steps[index];
  if (!s) return { index: 0, progress: 0 };
  const h = s.bottom - s.top;
  const progress = h > 0 ? Math.min(1, Math.max(0, (line - s.top) / h)) : 0;
  return { index, progress };
}

/** Clamp to 0..1, mapping NaN to 0. */
export function clamp01(n: number): number {
  return n > 0 ? (n < 1 ? n : 1) : 0;
}

/**
 * Landing on the step the address names (`#step-<id>`, from a shared step link). The browser jumps
 * to the anchor as soon as it exists, but the page is still changing then: the story's fonts swap
 * in and rewrap every card, hydration drops the prerendered inline graphics. So once the fonts are
 * ready and the layout has stopped moving, the step is scrolled into place again, the way the
 * anchor itself would place it (the phone's scroll padding keeps it under the pinned graphic).
 * Gives way to the reader: any scroll input first, a reload or a return (the browser restores the
 * reader's own position) and nothing is moved.
 */
import { settleWatch, stepOfHash } from './step-anchor';

/** Frames the layout must hold still (about 100 ms at 60 Hz). */
const STEADY_FRAMES = 6;
/** A page still moving after this many frames (about 3 s) is landed on anyway. */
const MAX_FRAMES = 180;
const INPUTS = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/** Start landing on the hash's step among `steps` ([data-step] elements); returns the cancel. */
export function landOnHashStep(steps: readonly HTMLElement[], landed: (id: string) => void): () => void {
  const id = stepOfHash(location.hash, steps.map((s) => s.dataset.step ?? ''));
  const target = steps.find((s) => s.dataset.step === id);
  const nav = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (!id || !target || (nav && nav.type !== 'navigate')) return () => {};

  let frame = 0;
  let stopped = false;
  const stop = () => {
    stopped = true;
    cancelAnimationFrame(frame);
    for (const t of INPUTS) removeEventListener(t, stop);
  };
  for (const t of INPUTS) addEventListener(t, stop, { passive: true });

  const settled = settleWatch(STEADY_FRAMES);
  let frames = 0;
  const tick = () => {
    if (stopped) return;
    const box = target.getBoundingClientRect();
    if (!settled([document.documentElement.scrollHeight, box.top + scrollY, box.height]) && ++frames < MAX_FRAMES) {
      frame = requestAnimationFrame(tick);
      return;
    }
    stop();
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ block: 'start', behavior: still ? 'instant' : 'smooth' });
    landed(id);
  };
  document.fonts.ready.then(() => {
    if (!stopped) frame = requestAnimationFrame(tick);
  });
  return stop;
}

/**
 * The scroll engine on the page: scrollama drives the active step and its progress; a pure
 * recomputation from the steps' boxes corrects it after a reload mid-page, a resize, an
 * anchor jump or a fling (IntersectionObserver can skip steps passed in one frame).
 */
import scrollama from 'scrollama';
import { stepAtLine } from './step-math';

/** Where the trigger line sits, as a fraction of the viewport height. */
export const TRIGGER = 0.6;

export class ScrollyState {
  active = $state(0);
  progress = $state(0);

  set(index: number, progress: number) {
    if (index !== this.active) this.active = index;
    if (Math.abs(progress - this.progress) > 0.001 || progress === 0 || progress === 1) this.progress = progress;
  }
}

function spans(steps: HTMLElement[]) {
  return steps.map((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom };
  });
}

/** Start scrollama on `root`'s [data-step] children; returns the teardown. */
export function startScrollama(root: HTMLElement, state: ScrollyState): () => void {
  const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
  const scroller = scrollama();
  const resync = () => {
    const pos = stepAtLine(spans(steps), window.innerHeight * TRIGGER);
    state.set(pos.index, pos.progress);
  };
  scroller
    .setup({ step: steps, offset: TRIGGER, progress: true })
    .onStepEnter(({ index }) => state.set(index, state.active === index ? state.progress : 0))
    .onStepProgress(({ index, progress }) => {
      if (index === state.active) state.set(index, progress);
    });

  let frame = 0;
  const later = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(resync);
  };
  const onResize = () => {
    scroller.resize();
    later();
  };
  window.addEventListener('resize', onResize, { passive: true });
  window.addEventListener('scrollend', later, { passive: true });
  window.addEventListener('hashchange', later);
  resync();

  return () => {
    cancelAnimationFrame(frame);
    window.removeEventListener('resize', onResize);
    window.removeEventListener('scrollend', later);
    window.removeEventListener('hashchange', later);
    scroller.destroy();
  };
}

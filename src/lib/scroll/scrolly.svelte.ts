/**
 * The scroll engine on the page: scrollama drives the active step and its progress; a pure
 * recomputation from the steps' boxes corrects it after a reload mid-page, a resize, an
 * anchor jump or a fling (IntersectionObserver can skip steps passed in one frame).
 */
import scrollama from 'scrollama';
import { stepAtLine } from './step-math';
import { landOnHashStep } from './land-on-step';

/** Where the trigger line sits, as a fraction of the viewport height. */
export const TRIGGER = 0.6;
/** How long the page must rest after a scroll before the steps' boxes are measured again. */
const SETTLE_MS = 120;

export class ScrollyState {
  active = $state(0);
  progress = $state(0);

  /** Told of every step the reader reaches (see reader-events.ts); not reactive. */
  onReach: (index: number) => void = () => {};

  /** `exact`: take the value even when it is within 0.001 (a resync after the scroll rests). */
  set(index: number, progress: number, exact = false) {
    // Before the first step's top reaches the trigger line the position is (0, 0): not reached yet.
    if (index > 0 || progress > 0) this.onReach(index);
    if (index !== this.active) this.active = index;
    if (exact || Math.abs(progress - this.progress) > 0.001 || progress === 0 || progress === 1) this.progress = progress;
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
  /** Active step and progress measured from the steps' boxes. */
  const measure = () => stepAtLine(spans(steps), window.innerHeight * TRIGGER);
  // scrollama reports from IntersectionObserver callbacks, several per frame at a step change, and
  // reads the scroll position in between: applying each report at once redrew the graphic after every
  // callback and made the browser lay the page out again for each read. The reports are collected in
  // `target` and applied once, at the next animation frame, just before the browser draws it.
  // On a step change the exact position is measured there: a jump (a link, a fling) can deliver the
  // step's progress before its entry, and the graphic would sit at the step's start until the resync.
  // Nothing has been written since the browser's last layout, so the measure costs no extra layout.
  let target = { index: state.active, progress: state.progress };
  let applying = 0;
  let entered = false;
  const apply = () => {
    applying = 0;
    const measured = entered;
    if (measured) target = measure();
    entered = false;
    state.set(target.index, target.progress, measured);
  };
  const report = (index: number, progress: number) => {
    target = { index, progress };
    applying ||= requestAnimationFrame(apply);
  };
  const resync = () => {
    target = measure();
    state.set(target.index, target.progress, true);
  };
  scroller
    .setup({ step: steps, offset: TRIGGER, progress: true })
    .onStepEnter(({ index }) => {
      entered = true;
      report(index, target.index === index ? target.progress : 0);
    })
    .onStepProgress(({ index, progress }) => {
      if (index === target.index) report(index, progress);
    });

  let frame = 0;
  const later = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      resync();
      root.setAttribute('data-scroll-synced', '');
    });
  };
  // A programmatic instant scroll (a script scrolling frame by frame) fires 'scrollend' every frame;
  // measuring every step's box each time cost a slow phone part of every frame. Resync once the
  // scroll has rested. `data-scroll-synced` marks that moment (tests wait for it); any scroll clears it.
  let settle = 0;
  const afterScroll = () => {
    clearTimeout(settle);
    settle = window.setTimeout(later, SETTLE_MS);
  };
  const onScroll = () => {
    clearTimeout(settle);
    if (root.hasAttribute('data-scroll-synced')) root.removeAttribute('data-scroll-synced');
  };
  const onResize = () => {
    scroller.resize();
    later();
  };
  window.addEventListener('resize', onResize, { passive: true });
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('scrollend', afterScroll, { passive: true });
  window.addEventListener('hashchange', later);
  resync();
  root.setAttribute('data-scroll-synced', '');
  // A shared step link (#step-<id>): land on that step once fonts and layout settle. The attribute
  // marks the landing (tests wait for it); the scroll it starts resyncs like any other.
  const unland = landOnHashStep(steps, (id) => root.setAttribute('data-landed-step', id));

  return () => {
    unland();
    cancelAnimationFrame(frame);
    cancelAnimationFrame(applying);
    clearTimeout(settle);
    window.removeEventListener('resize', onResize);
    window.removeEventListener('scroll', onScroll);
    window.removeEventListener('scrollend', afterScroll);
    window.removeEventListener('hashchange', later);
    scroller.destroy();
  };
}

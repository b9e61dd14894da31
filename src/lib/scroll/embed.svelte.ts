/**
 * The scroll engine inside an embed. In a cross-origin, auto-resized iframe the host page
 * scrolls, sticky never sticks and IntersectionObserver ignores rootMargin, so the steps follow
 * the host's viewport messages instead: active step and progress from the trigger line, and a
 * transform that holds the graphic in the host's viewport. Until a viewport arrives (a plain
 * iframe, a sandboxed oEmbed) the layout stays stacked, each step with its graphic inline.
 */
import { tick } from 'svelte';
import type { HostViewport } from '$lib/embed/protocol';
import { askHostViewport, onHostViewport, reportHeight } from '$lib/embed/child';
import type { ScrollyState } from './scrolly.svelte';
import { TRIGGER } from './scrolly.svelte';
import { cardOffset, embedStep, holdOffset, lineInFrame } from './embed-math';
import type { EmbedView } from './embed-view.svelte';

/**
 * A host viewport shorter than this (in em, like the page's `max-height: 34em` rule) leaves no
 * room to read under a graphic held over 60% of it (page zoom, large text, a phone held
 * sideways): the embed then stays stacked, as the page does.
 */
const SHORT_VIEWPORT_EM = 34;

const remPx = () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;

/** How long to wait for a pushed viewport after IntersectionObserver sees the steps move. */
const QUIET_MS = 250;

function docSpan(el: Element) {
  const r = el.getBoundingClientRect();
  return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
}

/**
 * Where the layout pins each step's card under the graphic (the page does it with sticky at the
 * trigger line), the CSS sets --embed-card-follow: 1 and the cards follow the host's line here;
 * a null line (stacked layout) puts them back.
 */
function followCards(root: HTMLElement, steps: HTMLElement[], line: number | null) {
  const follow = getComputedStyle(root).getPropertyValue('--embed-card-follow').trim() === '1';
  for (const step of steps) {
    const card = step.querySelector<HTMLElement>('.card');
    if (!card) continue;
    if (!follow || line === null) {
      card.style.removeProperty('transform');
      continue;
    }
    // Natural place: the step's top plus the card's offset inside it (transforms do not move offsetTop).
    const stepBox = docSpan(step);
    const top = stepBox.top + (card.offsetParent === step ? card.offsetTop : card.offsetTop - step.offsetTop);
    const y = cardOffset(line, { top, bottom: top + card.offsetHeight }, stepBox.bottom);
    card.style.transform = y ? `translate3d(0, ${y}px, 0)` : '';
  }
}

/** Drive `state` and `view` from host viewport messages; returns the teardown. */
export function startEmbedDriver(root: HTMLElement, state: ScrollyState, view: EmbedView): () => void {
  const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
  let last: HostViewport | null = null;
  let lastAt = 0;
  let pending = false;
  let stopped = false;

  // Measure after Svelte has applied the new layout (host height, embed mode).
  const apply = async () => {
    if (pending) return;
    pending = true;
    await tick();
    pending = false;
    if (stopped || !last) return;
    // The new layout may be taller or shorter: tell the host now, not when the frame next paints.
    reportHeight();
    if (view.layout !== 'embed') {
      followCards(root, steps, null);
      return;
    }
    const pos = embedStep(steps.map(docSpan), last, TRIGGER);
    state.set(pos.index, pos.progress);
    const graphic = root.querySelector<HTMLElement>('.graphic');
    view.hold = holdOffset(last, docSpan(root), graphic?.offsetHeight ?? last.vh);
    followCards(root, steps, lineInFrame(last, TRIGGER));
    view.hostTop = Math.round(last.top);
  };

  const off = onHostViewport((v) => {
    last = v;
    lastAt = performance.now();
    view.layout = v.vh >= SHORT_VIEWPORT_EM * remPx() ? 'embed' : 'stacked';
    if (view.hostVh !== v.vh) view.hostVh = v.vh;
    apply();
  });

  // Our layout changed (width, fonts): recompute, and ask where the iframe now sits.
  const ro = new ResizeObserver(() => {
    apply();
    askHostViewport();
  });
  ro.observe(root);

  // A host that answers but does not push (pym without data-pym-trackscroll): visibility
  // changes of the steps, which IntersectionObserver reports even cross-origin, prompt a question.
  // If no viewport has arrived since the latest such change QUIET_MS later, ask. A change seen
  // while a check is pending counts too: ignoring it, a scroll right after start-up was lost when
  // an answer to an earlier question (from before the scroll) arrived first.
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let changedAt = 0;
  const io = new IntersectionObserver(
    () => {
      if (!last) return;
      changedAt = performance.now();
      quiet ??= setTimeout(() => {
        quiet = undefined;
        if (lastAt < changedAt) askHostViewport();
      }, QUIET_MS);
    },
    { threshold: Array.from({ length: 21 }, (_, i) => i / 20) }
  );
  for (const s of steps) io.observe(s);

  // The stacked layout has no trigger line to pass (no host viewport; @newswire/frames, a plain
  // iframe): a step counts as reached for the reader events once half its card has been in view.
  const cards = steps.map((s) => s.querySelector('.card') ?? s);
  const seen = new IntersectionObserver(
    (entries) => {
      if (view.layout !== 'stacked') return;
      for (const e of entries) if (e.intersectionRatio >= 0.5) state.onReach(cards.indexOf(e.target));
    },
    { threshold: [0, 0.5, 1] }
  );
  for (const c of cards) seen.observe(c);

  return () => {
    stopped = true;
    clearTimeout(quiet);
    off();
    ro.disconnect();
    io.disconnect();
    seen.disconnect();
  };
}

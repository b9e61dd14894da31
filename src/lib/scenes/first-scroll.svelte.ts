/**
 * Whether the reader has scrolled the page yet. Graphics become compositing layers from then on, not
 * at load: promoted from the load on, their raster shared the phone's cores with the load and raised
 * Lighthouse's blocking time (interleaved runs), while nothing on screen moves before the first scroll.
 * Inside an embed the host page scrolls, not the frame: there the layers stay unpromoted (correct,
 * without the paint saving).
 */
let scrolled = $state(false);
let listening = false;

/** Starts listening (once per page); for a component's onMount. */
export function listenForFirstScroll(): void {
  if (listening) return;
  listening = true;
  addEventListener('scroll', () => (scrolled = true), { once: true, passive: true });
}

export const firstScroll = {
  get done(): boolean {
    return scrolled;
  }
};

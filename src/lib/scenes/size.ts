/**
 * Element size from one shared ResizeObserver, as an attachment: `{@attach observeSize((w, h) => …)}`.
 * Used instead of `bind:clientWidth`, which also reads the size while the component mounts: that
 * read forced a full layout of the page in the middle of hydration (~100 ms on a slow phone). The
 * observer reports after the browser's own layout, before paint, so nothing extra is laid out.
 */
import type { Attachment } from 'svelte/attachments';

type OnSize = (width: number, height: number) => void;
const listeners = new WeakMap<Element, OnSize>();
let observer: ResizeObserver | undefined;

function shared(): ResizeObserver {
  observer ??= new ResizeObserver((entries) => {
    // The padding box (what clientWidth/clientHeight measure; these elements have no border), in
    // whole pixels as clientWidth gives them: sub-pixel changes would redraw for nothing.
    for (const e of entries) {
      const box = e.borderBoxSize?.[0];
      const w = box ? box.inlineSize : e.contentRect.width;
      const h = box ? box.blockSize : e.contentRect.height;
      listeners.get(e.target)?.(Math.round(w), Math.round(h));
    }
  });
  return observer;
}

export function observeSize(onSize: OnSize): Attachment<HTMLElement> {
  return (element) => {
    listeners.set(element, onSize);
    shared().observe(element);
    return () => {
      listeners.delete(element);
      observer?.unobserve(element);
    };
  };
}

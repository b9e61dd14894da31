/**
 * The paste-in snippet (bundled to build/embed.js, ≤ 2 KB gzip). For every
 * `<div data-story-embed="…/embed/">` it creates (or adopts) an iframe, sizes it from the
 * child's height messages and sends the child its place in this page's viewport: on scroll and
 * resize (passive), at most once an animation frame, only while the iframe is near the screen,
 * posted to the embed's own origin. Messages are accepted only from that iframe's window and
 * origin. Each embed is independent. The story's reader events (`story-step`) are re-dispatched
 * on the embed's element.
 * Theme: `data-theme="auto|light|dark"` on the element (default auto, the reader's preference) goes
 * into the iframe's address (?theme=, so its first paint is right) and, when the host changes it
 * later (its own dark-mode toggle), to the story as a message: no reload.
 */
import { own, parseChildMessage, parseTheme } from './protocol';
import { STEP_EVENT } from '../scroll/reader-events';

const ATTR = 'data-story-embed';

function mount(el: HTMLElement): void {
  el.setAttribute(ATTR + '-ready', '');
  const url = new URL(el.getAttribute(ATTR) || '', location.href);
  if (!/^https?:$/.test(url.protocol)) return;
  const origin = url.origin;
  const themeOf = () => parseTheme(el.getAttribute('data-theme')) || 'auto';
  if (themeOf() !== 'auto') url.searchParams.set('theme', themeOf());
  const adopted = el.querySelector('iframe');
  const frame = adopted || document.createElement('iframe');
  if (!frame.getAttribute('src')) frame.src = url.href;
  frame.title = frame.title || el.getAttribute('data-title') || 'Embedded story';
  frame.loading = 'lazy';
  frame.setAttribute('scrolling', 'no');
  frame.setAttribute('width', '100%');
  frame.style.cssText += ';display:block;width:100%;border:0;overflow:hidden';
  if (!frame.parentNode) el.appendChild(frame);

  let near = false;
  let queued = 0;
  const send = (body: object) => frame.contentWindow?.postMessage(body, origin);
  const sendViewport = () => {
    queued = 0;
    const r = frame.getBoundingClientRect();
    send(own({ type: 'viewport', vw: innerWidth, vh: innerHeight, top: r.top, bottom: r.bottom }));
  };
  const queue = (force?: boolean) => {
    if ((near || force === true) && !queued) queued = requestAnimationFrame(sendViewport);
  };

  new IntersectionObserver(
    (entries) => {
      near = entries[entries.length - 1].isIntersecting;
      queue();
    },
    { rootMargin: '100% 0px' }
  ).observe(frame);
  const opts = { passive: true };
  addEventListener('scroll', () => queue(), opts);
  // Offscreen cross-origin frames render lazily (no ResizeObserver callbacks): a greeting
  // makes the child measure and post its new height at once.
  addEventListener(
    'resize',
    () => {
      send(own({ type: 'hello' }));
      queue();
    },
    opts
  );
  const sendTheme = () => send(own({ type: 'theme', theme: themeOf() }));
  new MutationObserver(sendTheme).observe(el, { attributes: true, attributeFilter: ['data-theme'] });
  // A theme set before the story loaded (or an adopted iframe's own address) is not in its URL.
  const greet = () => {
    send(own({ type: 'hello' }));
    if (el.hasAttribute('data-theme')) sendTheme();
  };
  frame.addEventListener('load', () => {
    greet();
    queue(true);
  });
  addEventListener('message', (e) => {
    if (e.source !== frame.contentWindow || e.origin !== origin) return;
    const msg = parseChildMessage(e.data);
    if (!msg) return;
    if (msg.kind === 'step') {
      // A reader event: re-dispatched on this embed's element, bubbling, for the host's own scripts.
      el.dispatchEvent(new CustomEvent(STEP_EVENT, { bubbles: true, detail: msg.detail }));
      return;
    }
    if (msg.kind === 'height') frame.style.height = msg.height + 'px';
    queue(true);
  });
  // An adopted iframe may have loaded already: greet it now too.
  if (adopted) greet();
}

function init(): void {
  document.querySelectorAll<HTMLElement>(`[${ATTR}]:not([${ATTR}-ready])`).forEach(mount);
}

init();
// Elements added later (e.g. by a CMS after this script ran) are picked up on load too.
addEventListener('load', init);

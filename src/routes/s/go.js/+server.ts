// Prerendered to build/s/go.js: every step's share page (s/<step>/, any edition) loads it to send a
// reader on to the story at that step (the page's link marked data-story-link; replace: Back does not
// land on the share page again). A script rather than a meta refresh: link-preview crawlers run no
// script, so they stay on the share page and read its card, while some follow a refresh and would
// read the story's card instead. Without JavaScript a reader follows the same link by hand.
export const prerender = true;

const SCRIPT = `(function(){var a=document.querySelector('a[data-story-link]');if(a)location.replace(a.href)})();\n`;

export function GET(): Response {
  return new Response(SCRIPT, { headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=300' } });
}

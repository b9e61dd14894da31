/**
 * A built page with other data, rendered by the real client without a new build: the prerendered
 * HTML with its inline SvelteKit data replaced and its prerendered markup removed, so Svelte mounts
 * from scratch (there is nothing to hydrate). Serve it with page.route on the page's URL.
 */

/** The built page `html` with `data` as its page's data, no prerendered markup, nor a CSP hashing the old script. */
export function swapData(html: string, data: Record<string, unknown>): string {
  const from = html.indexOf('data: [');
  const to = html.indexOf('form:', from);
  if (from < 0 || to < 0) throw new Error('the page has no inline data to swap');
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  let out = html.slice(0, from) + `data: [null,{type:"data",data:${json},uses:{}}],\n` + html.slice(to);
  const body = out.indexOf('<div style="display: contents">') + '<div style="display: contents">'.length;
  const script = out.lastIndexOf('<script>');
  out = out.slice(0, body) + out.slice(script);
  return out.replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '');
}

// The Content-Security-Policy of each built page, written by the build (scripts/build.mjs) from
// the page's final HTML: the inline scripts' and styles' hashes change with every data edit (the
// hydration script carries the page's data), so only the built file knows them. SvelteKit's
// kit.csp (mode 'hash') is not used: its <meta> goes inside %sveltekit.head%, AFTER app.html's
// theme <style> and script (a <meta> policy governs only what follows it), and the theme <style>
// is filled in by hooks.server.ts after SvelteKit has hashed what it wrote. Hashing the built file
// sees every byte the browser will. The dev server gets no policy (Vite's HMR injects scripts).
//
// The <meta> carries the whole policy except what a <meta> cannot (frame-ancestors): that comes
// with the page's headers (scripts/deploy-headers.mjs). A browser enforces both policies: a load
// must pass each.
import { createHash } from 'node:crypto';

/** Scripts the browser runs (a JSON-LD or other data block is not one, and needs no hash). */
const RUNS = /^(|text\/javascript|application\/javascript|module)$/i;

/** @param {string} text */
export const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The inline scripts and <style> elements of an HTML page, as the browser hashes them (the exact
 * text between the tags). Throws on what no hash can allow: an event-handler attribute
 * (onclick="…") or a javascript: URL.
 * @param {string} html
 * @param {string} [file] named in errors
 * @returns {{ scripts: string[], styles: string[] }}
 */
export function inlineCode(html, file = 'page') {
  // Comments first: a commented-out tag is not loaded.
  const text = html.replace(/<!--[\s\S]*?-->/g, '');
  const scripts = [];
  for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1];
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1] ?? '';
    if (RUNS.test(type)) scripts.push(m[2]);
  }
  const styles = [...text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => m[1]);
  // Outside scripts and styles, no markup may run code.
  const markup = text.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  const handler = /<[a-z][^>]*?\s(on[a-z]+)\s*=/i.exec(markup);
  if (handler) throw new Error(`${file}: an inline event handler (${handler[1]}=…) runs code no policy hash can allow; attach it from a script.`);
  const jsUrl = /\s(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:/i.exec(markup);
  if (jsUrl) throw new Error(`${file}: a javascript: URL runs code no policy hash can allow; attach a handler from a script.`);
  return { scripts, styles };
}

/**
 * The policy of a page, from its inline code. Everything it loads comes from the site itself:
 * scripts, the stylesheet, fonts, the map sprite (fetched by the embed, <use> by the page), images,
 * and the frames (the embed-code page previews the embed through the snippet).
 * `origin`: where the site is published (meta.site_url), named beside 'self' because in a
 * sandboxed iframe (an opaque origin, as WordPress frames the embed) some browsers match 'self'
 * against nothing: Safari did until mid-2026 (WebKit bug 316847); reports differ for Firefox.
 * Chromium matches the page's URL, as CSP3 says.
 * - script-src: the site's files and the hash of each inline script; no 'unsafe-inline', no
 *   'unsafe-eval'.
 * - style-src-elem: the site's stylesheet and the hash of each <style> (the theme's colours).
 * - style-src-attr 'unsafe-inline': the prerendered markup positions and sizes the graphics with
 *   style attributes (Svelte's style: directives and style="…" computed on the server: bar
 *   widths, label transforms, the steps' visibility), so the page is drawn right before any
 *   script runs and without one. A hash cannot allow an attribute without also allowing
 *   'unsafe-hashes', and these values change with the data. An attribute can only restyle (no
 *   CSS can run script), and every stylesheet and <style> element stays hashed or the site's own.
 * - style-src 'self' 'unsafe-inline': only for browsers that do not know the two directives above
 *   (Safari before 15.4, Firefox before 108), which would otherwise refuse those attributes too.
 * @param {{ scripts: string[], styles: string[] }} code
 * @param {string} [origin] the published site's address (any URL on it)
 */
export function pagePolicy({ scripts, styles }, origin) {
  const hashes = (list) => [...new Set(list.map(sha256))];
  const self = origin ? `'self' ${new URL(origin).origin}` : "'self'";
  return [
    "default-src 'none'",
    [`script-src ${self}`, ...hashes(scripts)].join(' '),
    `style-src ${self} 'unsafe-inline'`,
    [`style-src-elem ${self}`, ...hashes(styles)].join(' '),
    "style-src-attr 'unsafe-inline'",
    `font-src ${self}`,
    `img-src ${self}`,
    `connect-src ${self}`,
    `frame-src ${self}`,
    "base-uri 'none'",
    "object-src 'none'",
    "form-action 'none'"
  ].join('; ');
}

/**
 * The page with its policy in a <meta> as the first thing after <meta charset> (the charset must
 * stay in the first 1,024 bytes, and the policy must come before every script and style it governs).
 * An existing policy <meta> (a page built twice) is replaced.
 * @param {string} html
 * @param {string} policy
 * @param {string} [file] named in errors
 */
export function withPolicyMeta(html, policy, file = 'page') {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" />`;
  const clean = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/i, '');
  const charset = /<meta charset=[^>]*>/i.exec(clean);
  if (!charset || !/^[\s\S]*<head[^>]*>\s*$/i.test(clean.slice(0, charset.index))) {
    throw new Error(`${file}: no <meta charset> at the start of <head> to put the Content-Security-Policy after.`);
  }
  const at = charset.index + charset[0].length;
  return `${clean.slice(0, at)}\n    ${meta}${clean.slice(at)}`;
}

/**
 * A built page with its policy: the HTML to write and the policy written.
 * @param {string} html
 * @param {{ file?: string, origin?: string }} [options] `file` named in errors; `origin` as in pagePolicy
 */
export function securePage(html, { file, origin } = {}) {
  const clean = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/i, '');
  const policy = pagePolicy(inlineCode(clean, file), origin);
  return { html: withPolicyMeta(clean, policy, file), policy };
}

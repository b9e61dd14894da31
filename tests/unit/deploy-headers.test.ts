/** The deploy header rules (scripts/deploy-headers.mjs) and the files written from them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, netlifyHeaders, nginxConf, RULES, typeOf, untyped } from '../../scripts/deploy-headers.mjs';
import { inlineCode, pagePolicy, securePage, sha256, withPolicyMeta } from '../../scripts/csp.mjs';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const FILES = ['/index.html', '/__data.json', '/embed/index.html', '/embed-code/index.html', '/embed.js', '/oembed.json', '/map.svg', '/share.png', '/fonts/source-serif-4-400.woff2', '/_app/immutable/bundle.X1.js', '/_app/version.json'];

describe('deploy headers', () => {
  it('CORS on what a sandboxed embed loads (scripts, fonts, sprite, snippet); immutable caching for hashed files only', () => {
    for (const p of ['/_app/immutable/bundle.X1.js', '/_app/immutable/assets/bundle.Y2.css', '/fonts/source-sans-3-400.woff2', '/map.svg', '/embed.js', '/oembed.json']) {
      expect(headersFor(p)['Access-Control-Allow-Origin'], p).toBe('*');
    }
    expect(headersFor('/_app/immutable/bundle.X1.js')['Cache-Control']).toBe(IMMUTABLE);
    for (const p of ['/', '/index.html', '/embed/', '/embed-code/', '/oembed.json', '/__data.json', '/_app/version.json', '/embed.js']) {
      const cc = headersFor(p)['Cache-Control'];
      expect(cc, p).not.toContain('immutable');
      expect(Number(/max-age=(\d+)/.exec(cc)![1]), p).toBeLessThanOrEqual(300);
    }
    expect(headersFor('/embed/')['Access-Control-Allow-Origin']).toBeUndefined();
    expect(headersFor('/map.svg')['Content-Type']).toBe('image/svg+xml');
    expect(headersFor('/oembed.json')['Content-Type']).toMatch(/^application\/json/);
  });

  it('_headers: every file of the build matches exactly one block (hosts apply every matching block)', () => {
    const text = netlifyHeaders(FILES);
    const blocks = text.split('\n\n').filter((b) => b.startsWith('/'));
    const patterns = blocks.map((b) => b.split('\n')[0]);
    const match = (pattern: string, path: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);
    for (const f of [...FILES, '/', '/embed/', '/embed-code/']) {
      const hits = patterns.filter((p) => match(p, f));
      expect(hits, f).toHaveLength(1);
      const block = blocks[patterns.indexOf(hits[0])];
      for (const [k, v] of Object.entries(headersFor(f))) expect(block, f).toContain(`  ${k}: ${v}`);
    }
  });

  it('deploy/nginx.conf is written from the same rules (npm run build keeps it in step)', () => {
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(nginxConf());
    const conf = nginxConf('/graphics/2024/yakhont');
    expect(conf).toContain('location ^~ /graphics/2024/yakhont/_app/immutable/ {');
    expect(conf).toContain('location = /graphics/2024/yakhont/map.svg {');
    expect(conf).toContain(`add_header Cache-Control "${IMMUTABLE}" always;`);
    expect(conf.match(/^location /gm)).toHaveLength(RULES.length);
  });
});

describe('security headers', () => {
  const PAGES = ['/', '/index.html', '/ar/', '/ar/index.html', '/embed-code/', '/ar/embed-code/index.html'];
  const EMBEDS = ['/embed/', '/embed/index.html', '/ar/embed/', '/ar/embed/index.html'];

  it('every file is nosniff with a strict-origin referrer; every page turns off unused features', () => {
    for (const p of [...FILES, ...PAGES, ...EMBEDS]) {
      expect(headersFor(p)['X-Content-Type-Options'], p).toBe('nosniff');
      expect(headersFor(p)['Referrer-Policy'], p).toBe('strict-origin-when-cross-origin');
    }
    for (const p of [...PAGES, ...EMBEDS]) {
      const features = headersFor(p)['Permissions-Policy'].split(', ');
      for (const f of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()']) expect(features, p).toContain(f);
      // The embed-code page's copy button writes to the clipboard.
      expect(features.some((f) => f.startsWith('clipboard-write')), p).toBe(false);
    }
  });

  it('the story pages refuse other sites\' frames; the embed pages are framed by any host', () => {
    for (const p of PAGES) {
      const csp = headersFor(p)['Content-Security-Policy'];
      expect(csp, p).toContain("frame-ancestors 'self'");
      expect(csp, p).toContain("object-src 'none'");
      expect(csp, p).toContain("base-uri 'none'");
    }
    for (const p of EMBEDS) {
      const csp = headersFor(p)['Content-Security-Policy'];
      expect(csp, p).not.toContain('frame-ancestors');
      expect(csp, p).toContain("object-src 'none'");
      expect(csp, p).toContain("base-uri 'none'");
    }
    // A header policy with a script-src or default-src would refuse the inline scripts the <meta> allows by hash.
    for (const p of [...PAGES, ...EMBEDS]) expect(headersFor(p)['Content-Security-Policy'], p).not.toMatch(/default-src|script-src|style-src/);
    // Only a folder named embed is an embed page.
    expect(headersFor('/embed.js')['Content-Security-Policy']).toBeUndefined();
    expect(headersFor('/embed-code/')['Content-Security-Policy']).toContain('frame-ancestors');
    expect(headersFor('/x/y/embed/')['Content-Security-Policy']).toContain('frame-ancestors');
  });

  it('a content type for every file the build makes; the build stops on one it does not know', () => {
    expect(untyped([...FILES, '/fonts/OFL-source-sans-3.txt', '/favicon.svg', '/embed/'])).toEqual([]);
    expect(untyped(['/index.html', '/data.csv', '/LICENSE'])).toEqual(['/data.csv', '/LICENSE']);
    expect(typeOf('/embed/')).toBe('text/html; charset=utf-8');
    expect(typeOf('/fonts/source-serif-4-400.woff2')).toBe('font/woff2');
  });

  it('_headers: embed pages without frame-ancestors, other pages with it, each file with its type', () => {
    const blocks = new Map(netlifyHeaders(FILES).split('\n\n').filter((b) => b.startsWith('/')).map((b) => [b.split('\n')[0], b]));
    expect(blocks.get('/embed/')).toContain("  Content-Security-Policy: base-uri 'none'; object-src 'none'; form-action 'none'\n");
    expect(blocks.get('/')).toContain("frame-ancestors 'self'");
    expect(blocks.get('/share.png')).toContain('  Content-Type: image/png');
    expect(blocks.get('/embed-code/')).toContain('  Content-Type: text/html; charset=utf-8');
    expect(blocks.get('/fonts/*')).toContain('  X-Content-Type-Options: nosniff');
  });

  it('nginx: the embed pages of every edition have their own location; every type the build makes is declared', () => {
    const conf = nginxConf('/graphics/2024/yakhont');
    const embed = /location ~ "([^"]+)" \{\n([\s\S]*?)\n\}/.exec(conf)!;
    const re = new RegExp(embed[1]);
    for (const p of EMBEDS) expect(re.test('/graphics/2024/yakhont' + p), p).toBe(true);
    for (const p of [...PAGES, '/embed.js', '/graphics/2024/yakhont/embed-code/']) expect(re.test('/graphics/2024/yakhont' + p), p).toBe(false);
    expect(embed[2]).not.toContain('frame-ancestors');
    expect(embed[2]).toContain('try_files');
    expect(conf).toMatch(/location \/graphics\/2024\/yakhont\/ \{[^}]*frame-ancestors 'self'/);
    // Each location serving several types declares them all (not the server, which may serve other files).
    const locations = conf.split(/\n(?=location )/).filter((l) => l.startsWith('location'));
    for (const l of locations) {
      expect(l, l.split('\n')[0]).toMatch(/default_type "[^"]+";|types \{ [^}]*text\/html html;[^}]*font\/woff2 woff2;[^}]*\}/);
      if (!l.includes('default_type')) expect(l, l.split('\n')[0]).toMatch(/charset utf-8; charset_types [^;]*text\/javascript/);
    }
    expect(conf).not.toMatch(/^types/m);
  });
});

describe('the page policy (scripts/csp.mjs)', () => {
  const page = (head: string, body = '') =>
    `<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="utf-8" />\n    <meta name="viewport" content="width=device-width" />\n${head}\n  </head>\n  <body>${body}</body>\n</html>\n`;
  const THEME = "(function (d) { d.classList.add('js'); })(document.documentElement)";
  const HYDRATE = '\n\t\t\t{ __sveltekit_x = {}; import("./_app/immutable/bundle.js"); }\n\t\t';
  const html = page(
    `<style>:root{--ink:#000}</style>\n<script>${THEME}</script>\n<!-- <script>commented()</script> -->\n<script type="application/ld+json">{"@type":"NewsArticle"}</script>\n<script src="./x.js"></script>`,
    `<div style="display: contents"><script type="module">${HYDRATE}</script></div>`
  );

  it('hashes every inline script the browser runs and every <style>, as the browser does (the exact text between the tags)', () => {
    const code = inlineCode(html);
    expect(code.scripts).toEqual([THEME, HYDRATE]);
    expect(code.styles).toEqual([':root{--ink:#000}']);
    // The SHA-256 of "" as every CSP reference gives it.
    expect(sha256('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    const policy = pagePolicy(code);
    const directive = (name: string) => policy.split('; ').find((d) => d.split(' ')[0] === name)!;
    expect(directive('script-src')).toBe(`script-src 'self' ${sha256(THEME)} ${sha256(HYDRATE)}`);
    expect(directive('style-src-elem')).toBe(`style-src-elem 'self' ${sha256(':root{--ink:#000}')}`);
    expect(policy).not.toContain('unsafe-eval');
    for (const d of ['default-src', 'script-src', 'style-src-elem', 'font-src', 'img-src', 'connect-src', 'frame-src']) expect(directive(d), d).not.toContain('unsafe-inline');
    // The embed-code page previews the embed: the site's own frames only.
    expect(directive('frame-src')).toBe("frame-src 'self'");
    expect(directive('default-src')).toBe("default-src 'none'");
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(directive('base-uri')).toBe("base-uri 'none'");
    // Style attributes only (see scripts/csp.mjs for why).
    expect(directive('style-src-attr')).toBe("style-src-attr 'unsafe-inline'");
    // A <meta> cannot carry it: it comes with the headers.
    expect(policy).not.toContain('frame-ancestors');
  });

  it('names the published origin beside \'self\' (sandboxed embeds in browsers where \'self\' matches nothing)', () => {
    const policy = pagePolicy(inlineCode(html), 'https://graphics.example.org/yakhont-red-sea');
    for (const d of ['script-src', 'style-src-elem', 'font-src', 'img-src', 'connect-src', 'frame-src']) {
      expect(policy).toMatch(new RegExp(`${d} 'self' https://graphics\\.example\\.org( |;|$)`));
    }
  });

  it('puts the policy right after <meta charset>, before every script and style it governs; a second run replaces it', () => {
    const once = securePage(html, { file: '/index.html' });
    expect(once.html.indexOf('<meta http-equiv="Content-Security-Policy"')).toBeGreaterThan(once.html.indexOf('<meta charset'));
    expect(once.html.indexOf('<meta http-equiv="Content-Security-Policy"')).toBeLessThan(once.html.indexOf('<style>'));
    expect(once.html).toContain(`content="${once.policy}"`);
    const twice = securePage(once.html, { file: '/index.html' });
    expect(twice).toEqual(once);
    expect(twice.html.match(/Content-Security-Policy/g)).toHaveLength(1);
  });

  it('refuses what no hash can allow, naming the page', () => {
    expect(() => inlineCode(page('', '<button onclick="go()">Go</button>'), '/ar/index.html')).toThrow(/\/ar\/index\.html: an inline event handler \(onclick=…\)/);
    expect(() => inlineCode(page('', '<a href="javascript:go()">Go</a>'), '/embed/index.html')).toThrow(/\/embed\/index\.html: a javascript: URL/);
    expect(() => withPolicyMeta('<html><head><title>x</title></head></html>', "default-src 'none'", '/x.html')).toThrow(/\/x\.html: no <meta charset>/);
    // Words in text are not handlers.
    expect(() => inlineCode(page('', '<p>online=yes, onward = on</p>'))).not.toThrow();
  });
});

// The HTTP headers the built site needs from whatever serves it, in ONE place: written to
// build/_headers (Netlify, Cloudflare Pages) and deploy/nginx.conf by the build, applied by
// scripts/serve-static.mjs (`deploy: true`) so browser tests serve the build with only these, and
// listed for S3/CloudFront in the README.
// - CORS on what an embed loads from another origin: in a sandboxed (opaque-origin) iframe, as
//   WordPress places oEmbed providers, every request is cross-origin: module scripts, fonts and
//   the map sprite load only with Access-Control-Allow-Origin.
// - Hashed files under _app/immutable/ never change: cached for a year. Everything else changes
//   with a correction to the story: cached briefly.
// - Security: every response is nosniff and sends the referrer as origin only across origins;
//   the pages turn off the browser features the story never uses, and send the part of their
//   Content-Security-Policy a <meta> cannot carry (frame-ancestors) with what no page changes.
//   The rest of each page's policy, with the hashes of its inline scripts and styles, is written
//   into the page itself by the build (scripts/csp.mjs): hashes change with every data edit, and
//   these headers (and deploy/nginx.conf, kept in git) do not. A browser enforces both policies.
import { pathToFileURL } from 'node:url';

const CORS = { 'Access-Control-Allow-Origin': '*' };
const SHORT = 'public, max-age=300, must-revalidate';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const SECURITY = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' };

/** Features the story never uses, off for the page and anything it would frame. */
export const PERMISSIONS = [
  'accelerometer', 'autoplay', 'bluetooth', 'browsing-topics', 'camera', 'display-capture', 'encrypted-media',
  'fullscreen', 'geolocation', 'gyroscope', 'hid', 'idle-detection', 'magnetometer', 'microphone', 'midi',
  'payment', 'picture-in-picture', 'publickey-credentials-get', 'screen-wake-lock', 'serial', 'sync-xhr',
  'usb', 'xr-spatial-tracking'
].map((f) => `${f}=()`).join(', ');

/** The page-independent part of every page's policy (the rest is in the page's <meta>). */
const PAGE_CSP = "base-uri 'none'; object-src 'none'; form-action 'none'";
/**
 * The embed pages are framed by any newsroom's page: no frame-ancestors. Every other page (the
 * story, the embed-code page) is framed only by the site itself: the framable story is /embed/,
 * built for a frame (its height and the host's scroll are messaged); the story page in a stranger's
 * frame is a layout no one tested and a clickjacking surface, and it loses nothing by refusing.
 */
const EMBED_PAGE = { 'Content-Security-Policy': PAGE_CSP, 'Permissions-Policy': PERMISSIONS };
const PAGE = { 'Content-Security-Policy': `${PAGE_CSP}; frame-ancestors 'self'`, 'Permissions-Policy': PERMISSIONS };

/**
 * Most specific first; the first rule that matches a path applies (no two rules set a header
 * for the same path, so hosts that merge every matching rule get the same result).
 * `match`: 'prefix' (a folder), 'exact' (a file), 'page' (the page at `path` in every edition:
 * /embed/ and /ar/embed/); the last rule is every other path.
 * @type {{ path: string, match: 'prefix' | 'exact' | 'page' | 'rest', headers: Record<string, string> }[]}
 */
export const RULES = [
  { path: '/_app/immutable/', match: 'prefix', headers: { 'Cache-Control': IMMUTABLE, ...CORS, ...SECURITY } },
  { path: '/fonts/', match: 'prefix', headers: { 'Cache-Control': 'public, max-age=2592000', ...CORS, ...SECURITY } },
  { path: '/map.svg', match: 'exact', headers: { 'Cache-Control': 'public, max-age=3600', 'Content-Type': 'image/svg+xml', ...CORS, ...SECURITY } },
  { path: '/embed.js', match: 'exact', headers: { 'Cache-Control': SHORT, 'Content-Type': 'text/javascript; charset=utf-8', ...CORS, ...SECURITY } },
  { path: '/oembed.json', match: 'exact', headers: { 'Cache-Control': SHORT, 'Content-Type': 'application/json; charset=utf-8', ...CORS, ...SECURITY } },
  { path: '/embed/', match: 'page', headers: { 'Cache-Control': SHORT, ...SECURITY, ...EMBED_PAGE } },
  { path: '/', match: 'rest', headers: { 'Cache-Control': SHORT, ...SECURITY, ...PAGE } }
];

/**
 * Content types by extension, for servers without a good default (nginx knows these; S3 may not).
 * @type {Record<string, string>}
 */
export const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml', '.ico': 'image/x-icon',
  // The statics (npm run statics): print files and each edition's download of them all.
  '.pdf': 'application/pdf', '.zip': 'application/zip'
};

/**
 * The content type of a path the build makes ("/embed/" is a page); undefined for an extension
 * TYPES lacks.
 * @param {string} path
 */
export const typeOf = (path) => TYPES[path.endsWith('/') ? '.html' : (/\.[^./]+$/.exec(path)?.[0] ?? '')];

/**
 * The build's files whose type TYPES does not know (the build stops on any: a host would guess).
 * @param {string[]} files
 */
export const untyped = (files) => files.filter((f) => !typeOf(f));

/** "/embed/" → /embed/ and /<edition>/embed/, with or without index.html. */
const pagePattern = (path) => new RegExp(`^(/[^/]+)?${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(index\\.html)?$`);

/**
 * @param {(typeof RULES)[number]} rule
 * @param {string} path
 */
const matches = (rule, path) =>
  rule.match === 'rest' ||
  (rule.match === 'prefix' ? path.startsWith(rule.path) : rule.match === 'page' ? pagePattern(rule.path).test(path) : path === rule.path);

/**
 * The headers for a URL path relative to the site's folder ("/map.svg", "/embed/").
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function headersFor(path) {
  return { ...RULES.find((r) => matches(r, path))?.headers };
}

/**
 * build/_headers (Netlify / Cloudflare Pages format). Those hosts apply EVERY matching rule, so
 * the rest rule is written out for each remaining page and file of the build instead of `/*`.
 * @param {string[]} files the build's paths ("/index.html", "/embed/index.html", …)
 */
export function netlifyHeaders(files) {
  const patterned = RULES.filter((r) => r.match === 'prefix' || r.match === 'exact');
  const covered = (f) => patterned.some((r) => matches(r, f));
  const paths = files.filter((f) => !covered(f)).flatMap((f) => (f.endsWith('/index.html') ? [f.slice(0, -'index.html'.length), f] : [f]));
  const block = (path, headers) => [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  // Pages and the other files are written out one by one with their type (the folders hold several).
  const typed = (p) => ({ 'Content-Type': typeOf(p), ...headersFor(p) });
  return [
    '# Generated by scripts/deploy-headers.mjs (npm run build): the same rules as deploy/nginx.conf.',
    ...patterned.map((r) => block(r.match === 'prefix' ? `${r.path}*` : r.path, r.headers)),
    ...paths.sort().map((p) => block(p, typed(p)))
  ].join('\n\n') + '\n';
}

/**
 * An nginx snippet for a server {} whose root is the build folder, published under `prefix`
 * ("" or "/graphics/2024/yakhont"). `always`: headers on 304s too.
 * @param {string} [prefix]
 */
export function nginxConf(prefix = '') {
  const lines = (headers, indent = '    ') =>
    Object.entries(headers).flatMap(([k, v]) => (k === 'Content-Type' ? [`${indent}types { } default_type "${v}";`] : [`${indent}add_header ${k} "${v}" always;`]));
  const at = (r) => (r.match === 'exact' ? `= ${prefix}${r.path}` : `^~ ${prefix}${r.path}`);
  const regex = (path) => `~ "^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(/[^/]+)?${path}(index\\.html)?$"`;
  /** @type {Map<string, string[]>} MIME type → extensions */
  const byType = new Map();
  for (const [ext, type] of Object.entries(TYPES)) byType.set(type.split(';')[0], [...(byType.get(type.split(';')[0]) ?? []), ext.slice(1)]);
  const charset = [...new Set(Object.values(TYPES).filter((t) => t.includes('charset')).map((t) => t.split(';')[0]))];
  // Every type the build makes, text in UTF-8, in each location that serves several (in the
  // location, not the server: the server may serve a newsroom's other files too).
  const types = [
    `    types { ${[...byType].map(([type, exts]) => `${type} ${exts.join(' ')};`).join(' ')} }`,
    `    charset utf-8; charset_types ${charset.join(' ')};`
  ];
  const block = (r) => [...lines(r.headers), ...('Content-Type' in r.headers ? [] : types)];
  return [
    '# Generated by scripts/deploy-headers.mjs (npm run build): the same rules as build/_headers.',
    `# Include inside the server {} that serves the build folder at ${prefix || '/'} (root or alias there).`,
    '# Regenerate for another sub-folder: node scripts/deploy-headers.mjs nginx /your/sub/folder',
    'gzip_static on;',
    ...RULES.map((r) =>
      r.match === 'rest'
        ? [`location ${prefix}/ {`, ...block(r), '    try_files $uri $uri/index.html =404;', '}'].join('\n')
        : r.match === 'page'
          ? [`location ${regex(r.path)} {`, ...block(r), '    try_files $uri $uri/index.html =404;', '}'].join('\n')
          : [`location ${at(r)} {`, ...block(r), '}'].join('\n')
    )
  ].join('\n') + '\n';
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [what, prefix = ''] = process.argv.slice(2);
  if (what !== 'nginx') {
    console.error('usage: node scripts/deploy-headers.mjs nginx [/sub/folder]');
    process.exit(2);
  }
  process.stdout.write(nginxConf(prefix.replace(/\/+$/, '')));
}

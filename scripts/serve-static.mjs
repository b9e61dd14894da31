// A small static server for build/, as a CDN would serve it: precompressed .br/.gz files when
// the client accepts them, long caching for hashed assets, ETags and 304s for the rest (Chromium
// revalidates the no-cache map sprite each time a new <use> asks for it). Used by browser tests and the bench.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { headersFor, TYPES } from './deploy-headers.mjs';

/**
 * Serve `dir` on host:port (0 = any free port).
 * @param {string} dir
 * `prefix` ("/story") publishes the site under a sub-path, as a newsroom's CMS would: anything outside it is 404.
 * `deploy`: cache, CORS and type headers exactly as the project's deploy rules give them
 * (scripts/deploy-headers.mjs, as build/_headers and deploy/nginx.conf set them), nothing else.
 * @param {{ host?: string, port?: number, headers?: Record<string, string>, prefix?: string, deploy?: boolean }} [options]
 * @returns {Promise<{ server: import('node:http').Server, url: string }>}
 */
export function serveStatic(dir, { host = '127.0.0.1', port = 0, headers = {}, prefix = '', deploy = false } = {}) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (prefix && !url.pathname.startsWith(prefix + '/')) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    let path = normalize(join(root, decodeURIComponent(url.pathname.slice(prefix.length))));
    if (!path.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    const accept = String(req.headers['accept-encoding'] ?? '');
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    /** @type {Record<string, string | number>} */
    const out = { 'content-type': type, vary: 'accept-encoding', ...headers };
    out['cache-control'] = path.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    if (deploy) for (const [k, v] of Object.entries(headersFor(url.pathname.slice(prefix.length)))) out[k.toLowerCase()] = v;
    let file = path;
    if (/\bbr\b/.test(accept) && existsSync(path + '.br')) { file = path + '.br'; out['content-encoding'] = 'br'; }
    else if (/\bgzip\b/.test(accept) && existsSync(path + '.gz')) { file = path + '.gz'; out['content-encoding'] = 'gzip'; }
    const stat = statSync(file);
    out.etag = `W/"${stat.size.toString(36)}-${Math.round(stat.mtimeMs).toString(36)}"`;
    if (req.headers['if-none-match'] === out.etag) return void res.writeHead(304, { etag: out.etag, 'cache-control': out['cache-control'], vary: out.vary, ...(out['access-control-allow-origin'] ? { 'access-control-allow-origin': out['access-control-allow-origin'] } : {}) }).end();
    out['content-length'] = stat.size;
    res.writeHead(200, out);
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(port, host, () => {
    const { port: p } = /** @type {import('node:net').AddressInfo} */ (server.address());
    ok({ server, url: `http://${host === '::1' ? '[::1]' : host}:${p}` });
  }));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? 'build';
  const port = Number(process.argv[3] ?? 4173);
  serveStatic(dir, { port }).then(({ url }) => console.log(`serving ${dir} at ${url}`));
}

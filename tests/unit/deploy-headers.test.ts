/** The deploy header rules (scripts/deploy-headers.mjs) and the files written from them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, netlifyHeaders, nginxConf, RULES } from '../../scripts/deploy-headers.mjs';

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

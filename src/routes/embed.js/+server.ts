import { build } from 'esbuild';
import { resolve } from 'node:path';

// Prerendered to build/embed.js: the paste-in parent snippet, bundled and minified at build
// time from src/lib/embed/parent.ts (the prerender runs from the project root).
export const prerender = true;

export async function GET(): Promise<Response> {
  const out = await build({
    entryPoints: [resolve('src/lib/embed/parent.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2018',
    write: false,
    legalComments: 'none'
  });
  return new Response(out.outputFiles[0].text, {
    headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=300' }
  });
}

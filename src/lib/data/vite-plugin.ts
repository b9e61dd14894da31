/**
 * Vite plugin: story.yaml problems in the dev server and the build.
 * - dev: on every save, the same located messages as `npm run check:data` go to the terminal
 *   and to open pages (Vite's error overlay); while the file is broken, page requests get an
 *   error page listing them; once it is fixed the page reloads by itself. The server keeps running.
 * - build: fails before anything is written, with every message.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { validateStoryText, type Validation } from './validate';
import { formatProblem, formatReport, type Problem } from './problems';

const errorsIn = (v: Validation) => v.problems.filter((p) => p.severity === 'error');

function validateFile(file: string): Validation {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const problem: Problem = { severity: 'error', path: '(top of file)', message: `cannot be read: ${(e as Error).message}`, line: 0, col: 0 };
    return { problems: [problem], file: basename(file) };
  }
  return validateStoryText(text, undefined, basename(file));
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A plain page listing every problem; it loads Vite's client so it reloads when the file is fixed. */
export function errorPage(v: Validation): string {
  const errors = errorsIn(v);
  const items = v.problems
    .map((p) => `<li class="${p.severity}" data-story-problem><code>${escapeHtml(formatProblem(p, v.file))}</code></li>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(v.file)} has ${errors.length} problem${errors.length === 1 ? '' : 's'}</title>
<script type="module" src="/@vite/client"></script>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#222}
h1{font-size:1.4rem;color:#a00}li{margin:.5rem 0}li.warning code{color:#7a5a00}code{white-space:pre-wrap;font-size:.9rem}</style>
</head><body data-story-errors="${errors.length}">
<h1>${escapeHtml(v.file)} has ${errors.length} problem${errors.length === 1 ? '' : 's'}: the page is not shown until they are fixed</h1>
<p>Each line says where (file:line:column), which key, what is wrong and what was expected. Save the file and this page reloads by itself.</p>
<ol>${items}</ol>
</body></html>`;
}

/** Vite's overlay payload for the first error, with the full report as its message. */
function overlayError(v: Validation, file: string) {
  const first = errorsIn(v)[0];
  return {
    message: formatReport(v.problems, v.file),
    stack: '',
    id: file,
    plugin: 'story-data',
    loc: first ? { file, line: first.line, column: first.col } : undefined
  };
}

export function storyData(options: { file?: string } = {}): Plugin {
  const file = resolve(options.file ?? 'src/lib/data/story.yaml');
  let checkedForBuild = false;
  let building = false;
  let lastWasBad = false;

  function onSave(server: ViteDevServer) {
    const v = validateFile(file);
    const bad = errorsIn(v).length > 0;
    const report = formatReport(v.problems, v.file);
    if (bad) {
      server.config.logger.error(report, { timestamp: true });
      server.ws.send({ type: 'error', err: overlayError(v, file) });
    } else {
      if (v.problems.length || lastWasBad) server.config.logger.info(report, { timestamp: true });
      server.ws.send({ type: 'full-reload', path: '*' });
    }
    lastWasBad = bad;
  }

  return {
    name: 'story-data',
    // Unit and component tests load this config too; they check the data themselves.
    apply: () => !process.env.VITEST,

    configResolved(config) {
      building = config.command === 'build';
    },

    buildStart() {
      // SvelteKit runs several builds in one process; check once, before the first writes anything.
      if (!building || this.meta.watchMode || checkedForBuild) return;
      checkedForBuild = true;
      const v = validateFile(file);
      if (errorsIn(v).length) this.error(formatReport(v.problems, v.file));
      for (const p of v.problems) this.warn(formatProblem(p, v.file));
    },

    configureServer(server) {
      server.watcher.add(file);
      const changed = (path: string) => resolve(path) === file && onSave(server);
      server.watcher.on('change', changed);
      server.watcher.on('add', changed);
      lastWasBad = errorsIn(validateFile(file)).length > 0;

      server.middlewares.use((req, res, next) => {
        const url = req.url ?? '/';
        const wantsPage = req.method === 'GET' && /text\/html/.test(req.headers.accept ?? '') && !/^\/(@|node_modules\/|src\/|\.svelte-kit)/.test(url);
        if (!wantsPage) return next();
        const v = validateFile(file);
        if (errorsIn(v).length === 0) return next();
        res.statusCode = 500;
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        res.end(errorPage(v));
      });
    }
  };
}

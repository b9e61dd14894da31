/**
 * Vite plugin: story.yaml problems in the dev server and the build.
 * - dev: on every save, the same located messages as `npm run check:data` go to the terminal
 *   and to open pages (Vite's error overlay); while the file is broken, page requests get an
 *   error page listing them; once it is fixed the page reloads by itself. The server keeps running.
 * - build: fails before anything is written, with every message.
 * Plain JS importing only Node and scripts/load-ts.mjs: vite.config.ts loads this file, and
 * pulling the TypeScript validator into the config would make Vite warn about every import.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { importTs } from '../../../scripts/load-ts.mjs';

/** @typedef {import('./problems').Problem} Problem */
/** @typedef {import('./validate').Validation} Validation */
/** @typedef {{ validateStoryText: typeof import('./validate').validateStoryText, formatProblem: typeof import('./problems').formatProblem, formatReport: typeof import('./problems').formatReport }} Checker */

/** @returns {Promise<Checker>} */
async function loadChecker() {
  const [validate, problems] = await Promise.all([importTs('src/lib/data/validate.ts'), importTs('src/lib/data/problems.ts')]);
  return { validateStoryText: validate.validateStoryText, formatProblem: problems.formatProblem, formatReport: problems.formatReport };
}

/** @param {Validation} v */
const errorsIn = (v) => v.problems.filter((p) => p.severity === 'error');

/** @param {Checker} checker @param {string} file @returns {Validation} */
function validateFile(checker, file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    /** @type {Problem} */
    const problem = { severity: 'error', path: '(top of file)', message: `cannot be read: ${/** @type {Error} */ (e).message}`, line: 0, col: 0 };
    return { problems: [problem], file: basename(file) };
  }
  return checker.validateStoryText(text, undefined, basename(file));
}

/** @param {string} s */
const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A plain page listing every problem; it loads Vite's client so it reloads when the file is fixed.
 * @param {Checker} checker @param {Validation} v
 */
export function errorPage(checker, v) {
  const n = errorsIn(v).length;
  const title = `${escapeHtml(v.file)} has ${n} problem${n === 1 ? '' : 's'}`;
  const items = v.problems
    .map((p) => `<li class="${p.severity}" data-story-problem><code>${escapeHtml(checker.formatProblem(p, v.file))}</code></li>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<script type="module" src="/@vite/client"></script>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#222}
h1{font-size:1.4rem;color:#a00}li{margin:.5rem 0}li.warning code{color:#7a5a00}code{white-space:pre-wrap;font-size:.9rem}</style>
</head><body data-story-errors="${n}">
<h1>${title}: the page is not shown until they are fixed</h1>
<p>Each line says where (file:line:column), which key, what is wrong and what was expected.
Save the file and this page reloads by itself. <code>npm run check:data</code> prints the same list.</p>
<ol>${items}</ol>
</body></html>`;
}

/**
 * @param {{ file?: string }} [options]
 * @returns {import('vite').Plugin}
 */
export function storyData(options = {}) {
  const file = resolve(options.file ?? 'src/lib/data/story.yaml');
  /** @type {Promise<Checker> | undefined} */
  let checker;
  const getChecker = () => (checker ??= loadChecker());
  let building = false;
  let checkedForBuild = false;
  let lastWasBad = false;

  /** @param {import('vite').ViteDevServer} server */
  async function onSave(server) {
    const c = await getChecker();
    const v = validateFile(c, file);
    const errors = errorsIn(v);
    const report = c.formatReport(v.problems, v.file);
    if (errors.length) {
      server.config.logger.error(report, { timestamp: true });
      const first = errors[0];
      server.ws.send({
        type: 'error',
        err: { message: report, stack: '', id: file, plugin: 'story-data', loc: { file, line: first.line, column: first.col } }
      });
    } else {
      if (v.problems.length || lastWasBad) server.config.logger.info(report, { timestamp: true });
      server.ws.send({ type: 'full-reload', path: '*' });
    }
    lastWasBad = errors.length > 0;
  }

  return {
    name: 'story-data',
    // Vitest loads this config too (mode "test"); its tests check the data themselves.
    apply: (_, env) => env.mode !== 'test',

    configResolved(config) {
      building = config.command === 'build';
    },

    async buildStart() {
      // SvelteKit runs several builds in one process: check once, before the first writes anything.
      if (!building || this.meta.watchMode || checkedForBuild) return;
      checkedForBuild = true;
      const c = await getChecker();
      const v = validateFile(c, file);
      if (errorsIn(v).length) this.error(c.formatReport(v.problems, v.file));
      for (const p of v.problems) this.warn(c.formatProblem(p, v.file));
    },

    configureServer(server) {
      server.watcher.add(file);
      /** @param {string} path */
      const changed = (path) => {
        // A developer editing the validator gets the new rules on the next save of story.yaml.
        if (/src[\\/]lib[\\/](data|text|geo)[\\/][^\\/]+\.ts$/.test(path)) checker = undefined;
        if (resolve(path) === file) onSave(server).catch((e) => server.config.logger.error(String(e?.stack ?? e)));
      };
      server.watcher.on('change', changed);
      server.watcher.on('add', changed);

      server.middlewares.use((req, res, next) => {
        const url = req.url ?? '/';
        const wantsPage = req.method === 'GET' && /text\/html/.test(req.headers.accept ?? '') && !/^\/(@|node_modules\/|src\/|\.svelte-kit)/.test(url);
        if (!wantsPage) return next();
        getChecker()
          .then((c) => {
            const v = validateFile(c, file);
            lastWasBad = errorsIn(v).length > 0;
            if (!lastWasBad) return next();
            res.statusCode = 500;
            res.setHeader('content-type', 'text/html; charset=utf-8');
            res.setHeader('cache-control', 'no-store');
            res.end(errorPage(c, v));
          })
          .catch(next);
      });
    }
  };
}

/**
 * Vite plugin: story.yaml and locale file problems in the dev server and the build.
 * story.yaml and the root edition's en.yaml have no fallback: their problems replace the page.
 * Another edition's locale file with problems falls back to English in the dev server, the page
 * listing its problems (server/story.ts); the build fails on any of them.
 * - dev: on every save, the same located messages as `npm run check:data` go to the terminal
 *   and to open pages (Vite's error overlay); while the file is broken, page requests get an
 *   error page listing them; once it is fixed the page reloads by itself. The server keeps running.
 * - build: fails before anything is written, with every message.
 * Plain JS importing only Node and scripts/load-ts.mjs: vite.config.ts loads this file, and
 * pulling the TypeScript validator into the config would make Vite warn about every import.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { importTs } from '../../../scripts/load-ts.mjs';

/** @typedef {import('./problems').Problem} Problem */
/** @typedef {import('./validate').Validation} Validation */
/** @typedef {{ validateStoryText: typeof import('./validate').validateStoryText, validateLocaleText: typeof import('./locale-check').validateLocaleText, formatProblem: typeof import('./problems').formatProblem, formatReport: typeof import('./problems').formatReport }} Checker */

/** @returns {Promise<Checker>} */
async function loadChecker() {
  const [validate, locale, problems] = await Promise.all([importTs('src/lib/data/validate.ts'), importTs('src/lib/data/locale-check.ts'), importTs('src/lib/data/problems.ts')]);
  return { validateStoryText: validate.validateStoryText, validateLocaleText: locale.validateLocaleText, formatProblem: problems.formatProblem, formatReport: problems.formatReport };
}

/**
 * story.yaml, then each locale file (checked only once story.yaml is valid).
 * @param {Checker} checker @param {string} file @returns {Validation[]}
 */
function validateAll(checker, file) {
  const story = validateFile(checker, file);
  const dir = join(dirname(file), 'locales');
  if (!story.story || !existsSync(dir)) return [story];
  const data = story.story;
  const locales = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  return [
    story,
    ...locales.map((f) => {
      try {
        return /** @type {Validation} */ (checker.validateLocaleText(readFileSync(join(dir, f), 'utf8'), data, f));
      } catch (e) {
        return { problems: [{ severity: /** @type {const} */ ('error'), path: '(top of file)', message: `cannot be read: ${String(e)}`, line: 0, col: 0 }], file: f };
      }
    })
  ];
}

/** Files whose problems stop the dev page (no fallback for them). @param {Validation} v */
const blocking = (v) => v.file === 'story.yaml' || v.file === 'en.yaml';

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
<script type="module">
// Vite's socket reloads this page when the file is fixed, but a fix saved before the socket
// connected (a slow machine, a quick editor) would never arrive: ask the server too, until it is fixed.
const fixed = async () => (await fetch(location.href, { cache: 'no-store', headers: { accept: 'text/html' } })).ok;
const check = () => fixed().then((ok) => (ok ? location.reload() : setTimeout(check, 1500)), () => setTimeout(check, 1500));
check();
</script>
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
    const all = validateAll(c, file);
    for (const other of all.filter((x) => !blocking(x) && x.problems.length)) server.config.logger.warn(c.formatReport(other.problems, other.file), { timestamp: true });
    const v = all.find((x) => blocking(x) && errorsIn(x).length) ?? all[0];
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
      const all = validateAll(c, file);
      const bad = all.filter((v) => errorsIn(v).length);
      if (bad.length) this.error(bad.map((v) => c.formatReport(v.problems, v.file)).join('\n'));
      for (const v of all) for (const p of v.problems) this.warn(c.formatProblem(p, v.file));
    },

    configureServer(server) {
      server.watcher.add(file);
      server.watcher.add(join(dirname(file), 'locales'));
      /** @param {string} path */
      const changed = (path) => {
        // A developer editing the validator gets the new rules on the next save of story.yaml.
        if (/src[\\/]lib[\\/](data|text|geo)[\\/][^\\/]+\.ts$/.test(path)) checker = undefined;
        if (resolve(path) === file || resolve(dirname(path)) === join(dirname(file), 'locales')) onSave(server).catch((e) => server.config.logger.error(String(e?.stack ?? e)));
      };
      server.watcher.on('change', changed);
      server.watcher.on('add', changed);

      server.middlewares.use((req, res, next) => {
        const url = req.url ?? '/';
        const wantsPage = req.method === 'GET' && /text\/html/.test(req.headers.accept ?? '') && !/^\/(@|node_modules\/|src\/|\.svelte-kit)/.test(url);
        if (!wantsPage) return next();
        getChecker()
          .then((c) => {
            const v = validateAll(c, file).find((x) => blocking(x) && errorsIn(x).length);
            lastWasBad = v !== undefined;
            if (!v) return next();
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

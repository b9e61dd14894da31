/**
 * Vite plugin: story.yaml and locale file problems in the dev server and the build, every file's
 * in one list (a locale file is checked even while story.yaml has errors).
 * story.yaml and the root edition's en.yaml have no fallback: their problems replace the page.
 * Another edition's locale file with problems falls back to English in the dev server, the page
 * listing its problems (server/story.ts); the build leaves that edition out and builds the others.
 * - dev: on every save, the same located messages as `npm run check:data` go to the terminal
 *   and to open pages (Vite's error overlay); while the file is broken, page requests get an
 *   error page listing them; once it is fixed the page reloads by itself. The server keeps running.
 * - build: fails before anything is written, with every message.
 * Plain JS importing only Node and scripts/load-ts.mjs: vite.config.ts loads this file, and
 * pulling the TypeScript validator into the config would make Vite warn about every import.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { importTs } from '../../../scripts/load-ts.mjs';

/** @typedef {import('./problems').Problem} Problem */
/** @typedef {import('./validate').Validation} Validation */
/** @typedef {typeof import('./checks')} Checker */

/** @returns {Promise<Checker>} */
const loadChecker = () => importTs('src/lib/data/checks.ts');

const ROOT_FILE = 'en.yaml';

/**
 * story.yaml, then each locale file (checked as far as it can be while story.yaml has errors), the
 * root one first; another edition's also against its translation record (translations/<lang>.json).
 * @param {Checker} checker @param {string} file @returns {Validation[]}
 */
function validateAll(checker, file) {
  const story = validateFile(checker, file);
  const dir = join(dirname(file), 'locales');
  if (!existsSync(dir)) return [story];
  const locales = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort((a, b) => (a === ROOT_FILE ? -1 : b === ROOT_FILE ? 1 : a.localeCompare(b)));
  const rootText = existsSync(join(dir, ROOT_FILE)) ? readFileSync(join(dir, ROOT_FILE), 'utf8') : undefined;
  return [
    story,
    ...locales.map((f) => {
      try {
        const text = readFileSync(join(dir, f), 'utf8');
        const v = /** @type {Validation} */ (checker.validateLocaleText(text, story.story, f));
        if (f === ROOT_FILE || rootText === undefined) return v;
        const lang = f.replace(/\.yaml$/, '');
        const recordFile = join(dirname(file), 'translations', `${lang}.json`);
        const record = existsSync(recordFile) ? JSON.parse(readFileSync(recordFile, 'utf8')) : undefined;
        const stale = checker.staleTranslations(rootText, text, record, lang, ROOT_FILE);
        return { ...v, problems: [...v.problems, ...stale].sort((a, b) => a.line - b.line || a.col - b.col) };
      } catch (e) {
        return { problems: [{ severity: /** @type {const} */ ('error'), path: '(top of file)', message: `cannot be read: ${String(e)}`, line: 0, col: 0 }], file: f };
      }
    })
  ];
}

/**
 * What the check reads (story.yaml, the locale files, the translation records), as one hash:
 * scripts/build.mjs checks the data before vite starts and passes this in STORY_DATA_CHECKED, and
 * the build checks again only if a file changed since (checking took 1.1 CPU-s of every build).
 * @param {string} [file] story.yaml's path
 */
export function dataFingerprint(file = resolve('src/lib/data/story.yaml')) {
  const hash = createHash('sha256');
  const add = (/** @type {string} */ path) => hash.update(`${path}\0${existsSync(path) ? readFileSync(path, 'utf8') : '(none)'}\0`);
  add(file);
  for (const dir of ['locales', 'translations'].map((d) => join(dirname(file), d)).filter(existsSync)) {
    for (const f of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort()) add(join(dir, f));
  }
  return hash.digest('hex');
}

/** Files whose problems stop the dev page and the whole build (no fallback for them). @param {Validation} v */
const blocking = (v) => v.file === 'story.yaml' || v.file === ROOT_FILE;

/** Every file with problems, one report each: the full list the overlay, the page and the build show. @param {Checker} c @param {Validation[]} all */
const fullReport = (c, all) =>
  all
    .filter((v) => v.problems.length)
    .map((v) => c.formatReport(v.problems, v.file, blocking(v) ? 'all' : 'edition'))
    .join('\n');

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
 * A plain page listing every problem of every file (the first file that stops the page named in
 * the title); it loads Vite's client so it reloads when the file is fixed.
 * @param {Checker} checker @param {Validation[]} all
 */
export function errorPage(checker, all) {
  const v = all.find((x) => blocking(x) && errorsIn(x).length) ?? all[0];
  const n = errorsIn(v).length;
  const others = all.filter((x) => x !== v).reduce((k, x) => k + errorsIn(x).length, 0);
  const title = `${escapeHtml(v.file)} has ${n} problem${n === 1 ? '' : 's'}${others ? ` (and ${others} in other files)` : ''}`;
  const items = all
    .flatMap((x) => x.problems.map((p) => `<li class="${p.severity}" data-story-problem><code>${escapeHtml(checker.formatProblem(p, x.file))}</code></li>`))
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
    const v = all.find((x) => blocking(x) && errorsIn(x).length) ?? all[0];
    const errors = errorsIn(v);
    // Every file's problems, whichever stops the page: one save shows the whole list.
    const report = fullReport(c, all) || c.formatReport(v.problems, v.file);
    if (!errors.length) for (const other of all.filter((x) => !blocking(x) && x.problems.length)) server.config.logger.warn(c.formatReport(other.problems, other.file, 'edition'), { timestamp: true });
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
      if (process.env.STORY_DATA_CHECKED === dataFingerprint(file)) return;
      const c = await getChecker();
      const all = validateAll(c, file);
      // story.yaml or the root edition broken: nothing can be built. Another edition broken: it is
      // left out (server/story.ts publishes only editions without errors), the others are built.
      if (all.some((v) => blocking(v) && errorsIn(v).length)) this.error(fullReport(c, all));
      for (const v of all) for (const p of v.problems) this.warn(c.formatProblem(p, v.file));
      for (const v of all.filter((x) => !blocking(x) && errorsIn(x).length)) this.warn(`${v.file} has errors: its edition is left out of this build`);
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
            const all = validateAll(c, file);
            const v = all.find((x) => blocking(x) && errorsIn(x).length);
            lastWasBad = v !== undefined;
            if (!v) return next();
            res.statusCode = 500;
            res.setHeader('content-type', 'text/html; charset=utf-8');
            res.setHeader('cache-control', 'no-store');
            res.end(errorPage(c, all));
          })
          .catch(next);
      });
    }
  };
}

// npm run check:data [file]: check story.yaml and every locale file (src/lib/data/locales/*.yaml)
// and print EVERY problem of every file in one run, one per line:
//   story.yaml:LINE:COL  key.path  what is wrong  (expected …, got …)
//   ar.yaml:LINE:COL  steps.speed.text  uses an unknown figure {missile_rang_km} …
// A locale file is checked even while story.yaml has errors (its YAML, keys and placeholders need
// no figures). Each edition other than English is also checked against its translation record
// (src/lib/data/translations/<lang>.json): a text whose English changed since it was translated is
// a warning. Then one line per edition: ready, behind (warnings: what it lacks) or not built (errors).
// With a file: that file alone (a locale file is checked against the project's story.yaml, or the
// story.yaml beside its locales folder). Exit code 1 if there is any error, 0 if clean (warnings
// alone do not fail).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importTs, ROOT } from './load-ts.mjs';

const STORY = join(ROOT, 'src/lib/data/story.yaml');
const LOCALES = join(ROOT, 'src/lib/data/locales');
/** The edition at the site's root: the one the others are translated from, and the one a build cannot do without. */
export const ROOT_LANG = 'en';

let checkers;
/** @returns {Promise<typeof import('../src/lib/data/checks')>} */
export const loadChecks = () => (checkers ??= importTs('src/lib/data/checks.ts'));

function read(path) {
  try {
    return { text: readFileSync(path, 'utf8') };
  } catch (e) {
    return { report: `${basename(path)}:0:0  (top of file)  cannot be read: ${e.message}` };
  }
}

/** Where an edition's translation record lives, for a locales folder: ../translations/<lang>.json. */
export const recordPath = (localesDir, lang) => join(dirname(localesDir), 'translations', `${lang}.json`);

function readRecord(localesDir, lang) {
  const path = recordPath(localesDir, lang);
  if (!existsSync(path)) return undefined;
  return JSON.parse(readFileSync(path, 'utf8'));
}

const count = (problems, severity) => problems.filter((p) => p.severity === severity).length;

/** Validate story.yaml; returns { file, errors, warnings, report, story }. */
export async function checkStoryFile(path = STORY) {
  const { validateStoryText, formatReport } = await loadChecks();
  const { text, report } = read(path);
  if (report) return { file: basename(path), errors: 1, warnings: 0, report };
  const v = validateStoryText(text, undefined, basename(path));
  return { file: v.file, errors: count(v.problems, 'error'), warnings: count(v.problems, 'warning'), report: formatReport(v.problems, v.file), story: v.story, problems: v.problems };
}

/**
 * One locale file against story.yaml's data (undefined while story.yaml has errors), with its
 * translation record's warnings when it is not the root edition and the root file is given.
 */
async function checkLocale(path, story, rootText) {
  const { validateLocaleText, staleTranslations, formatReport } = await loadChecks();
  const file = basename(path);
  const lang = file.replace(/\.yaml$/, '');
  const { text, report } = read(path);
  if (report) return { file, lang, errors: 1, warnings: 0, report, problems: [] };
  const v = validateLocaleText(text, story, file);
  let problems = v.problems;
  if (lang !== ROOT_LANG && rootText !== undefined) {
    try {
      problems = [...problems, ...staleTranslations(rootText, text, readRecord(dirname(path), lang), lang, `${ROOT_LANG}.yaml`)].sort((a, b) => a.line - b.line || a.col - b.col);
    } catch (e) {
      problems = [...problems, { severity: 'error', path: '(top of file)', message: `its translation record ${recordPath(dirname(path), lang)} cannot be read: ${e.message}`, line: 0, col: 0 }];
    }
  }
  return { file, lang, errors: count(problems, 'error'), warnings: count(problems, 'warning'), report: formatReport(problems, file, lang === ROOT_LANG ? 'all' : 'edition'), problems };
}

/** Validate one locale file against story.yaml (`storyPath`), and its record against the root edition beside it. */
export async function checkLocaleFile(path, storyPath = STORY) {
  const story = await checkStoryFile(storyPath);
  const rootPath = join(dirname(path), `${ROOT_LANG}.yaml`);
  const result = await checkLocale(path, story.story, existsSync(rootPath) ? readFileSync(rootPath, 'utf8') : undefined);
  if (story.story) return result;
  const note = `(${basename(storyPath)} has errors: ${basename(path)}'s ids and typed figures are checked once it has none; run npm run check:data for them)`;
  return { ...result, report: `${result.report}\n${note}` };
}

/** What an edition's warnings say it lacks, in a few words: "2 events, 1 place without words; 3 stale texts". */
function lagging(problems) {
  const missing = {};
  let stale = 0;
  let unrecorded = 0;
  for (const p of problems) {
    const item = /^has no words for (places|events)\./.exec(p.message)?.[1];
    if (item) missing[item] = (missing[item] ?? 0) + 1;
    if (/^translated from an earlier English text/.test(p.message)) stale++;
    if (/no record of the English/.test(p.message)) unrecorded += Number(/^(\d+) texts/.exec(p.message)?.[1] ?? 1);
  }
  const words = Object.entries(missing).map(([s, n]) => `${n} ${n === 1 ? s.replace(/s$/, '') : s}`);
  const parts = [];
  if (words.length) parts.push(`${words.join(', ')} without words (drawn unnamed)`);
  if (stale) parts.push(`${stale} text${stale === 1 ? '' : 's'} translated from an earlier English wording`);
  if (unrecorded) parts.push(`${unrecorded} text${unrecorded === 1 ? '' : 's'} with no translation record`);
  return parts.join('; ');
}

/**
 * story.yaml and every locale file, each checked as far as it can be: what the build checks
 * before it writes anything. `editions` says, per locale file, whether its edition can be built
 * (`ok`: no errors; story.yaml's errors hold every edition back, the root edition's too) and what
 * it lacks (`behind`, from its warnings).
 */
export async function checkAll(storyPath = STORY, localesDir = LOCALES) {
  const story = await checkStoryFile(storyPath);
  const files = existsSync(localesDir) ? readdirSync(localesDir).filter((f) => f.endsWith('.yaml')).sort() : [];
  const results = [story];
  if (!files.includes(`${ROOT_LANG}.yaml`)) results.push({ file: `${ROOT_LANG}.yaml`, errors: 1, warnings: 0, report: `${localesDir}: no ${ROOT_LANG}.yaml (the root edition, at the site's /, is needed).` });
  const rootPath = join(localesDir, `${ROOT_LANG}.yaml`);
  const rootText = existsSync(rootPath) ? read(rootPath).text : undefined;
  const locales = [];
  // The root edition first: the others are checked against it and listed after it.
  files.sort((a, b) => (a === `${ROOT_LANG}.yaml` ? -1 : b === `${ROOT_LANG}.yaml` ? 1 : a.localeCompare(b)));
  for (const f of files) locales.push(await checkLocale(join(localesDir, f), story.story, rootText));
  results.push(...locales);
  const rootOk = locales.some((l) => l.lang === ROOT_LANG && l.errors === 0);
  const editions = locales.map((l) => ({
    lang: l.lang,
    file: l.file,
    ok: story.story !== undefined && l.errors === 0 && (l.lang === ROOT_LANG || rootOk),
    errors: l.errors,
    behind: lagging(l.problems)
  }));
  const errors = results.reduce((n, r) => n + r.errors, 0);
  const warnings = results.reduce((n, r) => n + r.warnings, 0);
  const lines = results.map((r) => r.report);
  if (results.length > 1) {
    const byFile = results.filter((r) => r.errors).map((r) => `${r.file} ${r.errors}`);
    lines.push(`check:data: ${errors} error${errors === 1 ? '' : 's'}${byFile.length ? ` (${byFile.join(', ')})` : ''}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${results.length} files.`);
    lines.push(editionsSummary(editions, story.story !== undefined));
  }
  return { errors, warnings, report: lines.join('\n'), editions };
}

/** One line per edition: what a build would publish. */
export function editionsSummary(editions, storyOk = true) {
  return editions
    .map((e) => {
      const state = e.ok
        ? e.behind ? `ready, behind: ${e.behind}` : 'ready'
        : !storyOk ? 'held back: story.yaml has errors'
        : e.errors ? `HELD BACK: ${e.errors} error${e.errors === 1 ? '' : 's'} in ${e.file}`
        : `HELD BACK: the ${ROOT_LANG} edition (the site's root) has errors`;
      return `  edition ${e.lang.padEnd(5)} ${state}`;
    })
    .join('\n');
}

const isLocaleFile = (path) => basename(dirname(path)) === 'locales';

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = process.argv[2];
  try {
    const file = arg ? resolve(arg) : undefined;
    const result = !file
      ? await checkAll()
      : isLocaleFile(file)
        ? await checkLocaleFile(file, existsSync(join(dirname(dirname(file)), 'story.yaml')) ? join(dirname(dirname(file)), 'story.yaml') : STORY)
        : await checkStoryFile(file);
    (result.errors ? console.error : console.log)(result.report);
    process.exitCode = result.errors ? 1 : 0;
  } catch (e) {
    console.error(`check:data could not run: ${e?.stack ?? e}`);
    process.exitCode = 2;
  }
}

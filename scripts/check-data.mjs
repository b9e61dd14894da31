// npm run check:data [file]: check story.yaml and every locale file (src/lib/data/locales/*.yaml)
// and print EVERY problem, one per line:
//   story.yaml:LINE:COL  key.path  what is wrong  (expected …, got …)
//   ar.yaml:LINE:COL  steps.speed.text  uses an unknown figure {missile.rang_km} …
// With a file: that file alone (a locale file is checked against the project's story.yaml, or the
// story.yaml beside its locales folder). Exit code 1 if there is any error, 0 if clean (warnings
// alone do not fail).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importTs, ROOT } from './load-ts.mjs';

const STORY = join(ROOT, 'src/lib/data/story.yaml');
const LOCALES = join(ROOT, 'src/lib/data/locales');

let checkers;
const load = () =>
  (checkers ??= Promise.all([importTs('src/lib/data/validate.ts'), importTs('src/lib/data/locale-check.ts'), importTs('src/lib/data/problems.ts')]).then(
    ([v, l, p]) => ({ validateStoryText: v.validateStoryText, validateLocaleText: l.validateLocaleText, formatReport: p.formatReport })
  ));

function read(path) {
  try {
    return { text: readFileSync(path, 'utf8') };
  } catch (e) {
    return { report: `${basename(path)}:0:0  (top of file)  cannot be read: ${e.message}` };
  }
}

const summary = (problems, file, formatReport) => {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors, report: formatReport(problems, file) };
};

/** Validate story.yaml; returns { errors, warnings, report, story }. */
export async function checkStoryFile(path = STORY) {
  const { validateStoryText, formatReport } = await load();
  const { text, report } = read(path);
  if (report) return { errors: 1, warnings: 0, report };
  const v = validateStoryText(text, undefined, basename(path));
  return { ...summary(v.problems, v.file, formatReport), story: v.story };
}

/** Validate one locale file against story.yaml (`storyPath`). */
export async function checkLocaleFile(path, storyPath = STORY) {
  const { validateLocaleText, formatReport } = await load();
  const story = await checkStoryFile(storyPath);
  if (!story.story) return { errors: 1, warnings: 0, report: `${basename(path)}: not checked until ${basename(storyPath)} has no errors.` };
  const { text, report } = read(path);
  if (report) return { errors: 1, warnings: 0, report };
  const v = validateLocaleText(text, story.story, basename(path));
  return summary(v.problems, v.file, formatReport);
}

/** story.yaml, then every locale file: what the build checks before it writes anything. */
export async function checkAll(storyPath = STORY, localesDir = LOCALES) {
  const story = await checkStoryFile(storyPath);
  const files = existsSync(localesDir) ? readdirSync(localesDir).filter((f) => f.endsWith('.yaml')).sort() : [];
  const results = [story];
  if (files.length === 0) results.push({ errors: 1, warnings: 0, report: `${localesDir}: no locale files (en.yaml at least is needed).` });
  for (const f of files) {
    if (!story.story) {
      results.push({ errors: 0, warnings: 0, report: `${f}: not checked until story.yaml has no errors.` });
      continue;
    }
    results.push(await checkLocaleFile(join(localesDir, f), storyPath));
  }
  return {
    errors: results.reduce((n, r) => n + r.errors, 0),
    warnings: results.reduce((n, r) => n + r.warnings, 0),
    report: results.map((r) => r.report).join('\n')
  };
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

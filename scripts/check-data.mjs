// npm run check:data [file]: check story.yaml and print EVERY problem, one per line:
//   story.yaml:LINE:COL  key.path  what is wrong  (expected …, got …)
// Exit code 1 if there is any error, 0 if clean (warnings alone do not fail).
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importTs, ROOT } from './load-ts.mjs';

/** Validate a file; returns { errors, warnings, report }. Used by the build wrapper too. */
export async function checkStoryFile(path = join(ROOT, 'src/lib/data/story.yaml')) {
  const [{ validateStoryText }, { formatReport }] = await Promise.all([
    importTs('src/lib/data/validate.ts'),
    importTs('src/lib/data/problems.ts')
  ]);
  const name = basename(path);
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { errors: 1, warnings: 0, report: `${name}:0:0  (top of file)  cannot be read: ${e.message}` };
  }
  const { problems } = validateStoryText(text, undefined, name);
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors, report: formatReport(problems, name) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = resolve(process.argv[2] ?? join(ROOT, 'src/lib/data/story.yaml'));
  try {
    const { errors, report } = await checkStoryFile(file);
    (errors ? console.error : console.log)(report);
    process.exitCode = errors ? 1 : 0;
  } catch (e) {
    console.error(`check:data could not run: ${e?.stack ?? e}`);
    process.exitCode = 2;
  }
}

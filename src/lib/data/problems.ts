/** One thing wrong with story.yaml, located so an editor can jump straight to it. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Key path in the file, e.g. "missile.range_km" or "steps[3].text". */
  path: string;
  message: string;
  expected?: string;
  got?: string;
  /** 1-based line and column in story.yaml (0 when the file could not be read at all). */
  line: number;
  col: number;
}

export type PathPart = string | number;

/** ["steps", 3, "text"] → "steps[3].text" */
export function formatPath(parts: readonly PathPart[]): string {
  let out = '';
  for (const p of parts) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out || '(top of file)';
}

/** "story.yaml:12:3  missile.range_km  must be a number  (expected number, got "300 km")" */
export function formatProblem(p: Problem, file = 'story.yaml'): string {
  const detail = p.expected || p.got ? `  (expected ${p.expected ?? '?'}, got ${p.got ?? '?'})` : '';
  const tag = p.severity === 'warning' ? 'warning: ' : '';
  return `${file}:${p.line}:${p.col}  ${p.path}  ${tag}${p.message}${detail}`;
}

export class StoryDataError extends Error {
  constructor(
    public readonly problems: Problem[],
    file = 'story.yaml'
  ) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(
      `${file} has ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n` +
        errors.map((p) => '  ' + formatProblem(p, file)).join('\n')
    );
    this.name = 'StoryDataError';
  }
}

/**
 * Every problem, one per line, then a one-line summary: what the CLI, build and dev page print.
 * `holds` says what an error holds back: everything (story.yaml, the root edition) or only this edition.
 */
export function formatReport(problems: Problem[], file = 'story.yaml', holds: 'all' | 'edition' = 'all'): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const summary =
    problems.length === 0
      ? `${file}: no problems found.`
      : `${file}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.` +
        (errors
          ? holds === 'all'
            ? ' Fix the errors and save; nothing is published until they are gone.'
            : ' Fix the errors and save; this edition is left out of the build until they are gone (the others are built).'
          : ' Warnings do not stop the build.');
  return [...problems.map((p) => formatProblem(p, file)), summary].join('\n');
}

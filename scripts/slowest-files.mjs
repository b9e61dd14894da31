// A vitest reporter that ends the run with its slowest test files: where the suite's time goes,
// so the next slow file is seen the day it arrives. Each file's time is its own wall time in its
// worker (environment, imports, hooks and tests); files run side by side, so these add up to more
// than the run took. Listed in vite.config.ts and passed by .ci/run next to its own reporters.
import { relative } from 'node:path';

/**
 * @typedef {{ file: string, project: string, total: number, setup: number }} FileTime
 * `total` (ms): environment + harness + imports + setup file + tests and hooks; `setup`: all but the last.
 */

/**
 * Each file's time from vitest's test modules, slowest first.
 * @param {ReadonlyArray<{ moduleId: string, project: { name: string }, diagnostic(): { environmentSetupDuration: number, prepareDuration: number, collectDuration: number, setupDuration: number, duration: number } }>} modules
 * @param {string} root paths are shown relative to it
 * @returns {FileTime[]}
 */
export function fileTimes(modules, root = process.cwd()) {
  return modules
    .map((m) => {
      const d = m.diagnostic();
      const setup = d.environmentSetupDuration + d.prepareDuration + d.collectDuration + d.setupDuration;
      return { file: relative(root, m.moduleId), project: m.project.name, total: setup + d.duration, setup };
    })
    .sort((a, b) => b.total - a.total || a.file.localeCompare(b.file));
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/**
 * The lines printed: a title, then one line per file (time, of which import/setup, project, path).
 * @param {FileTime[]} times slowest first
 * @param {number} [count]
 * @returns {string[]}
 */
export function formatSlowest(times, count = 10) {
  if (!times.length) return [];
  const shown = times.slice(0, count);
  const width = Math.max(...shown.map((t) => t.project.length));
  return [
    `Slowest ${shown.length} of ${times.length} test files (each file's own time; files run side by side):`,
    ...shown.map((t) => `  ${seconds(t.total).padStart(8)}  (setup ${seconds(t.setup).padStart(7)})  ${t.project.padEnd(width)}  ${t.file}`)
  ];
}

export default class SlowestFilesReporter {
  /** @param {{ count?: number }} [options] */
  constructor(options = {}) {
    this.count = options.count ?? 10;
  }

  /** @param {import('vitest/node').Vitest} vitest */
  onInit(vitest) {
    this.vitest = vitest;
  }

  /** @param {ReadonlyArray<import('vitest/node').TestModule>} modules */
  onTestRunEnd(modules) {
    const lines = formatSlowest(fileTimes(modules, this.vitest?.config.root), this.count);
    if (lines.length) (this.vitest?.logger ?? console).log(['', ...lines].join('\n'));
  }
}

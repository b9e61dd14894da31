// The order test files start in (vite.config.ts sequence.sequencer). Vitest's own order runs
// projects by name (client, e2e, server): the unit files came last, beside nothing, while the
// browser files could not start before the build. Here the unit and component files go first,
// alongside the build (tests/e2e/global-setup.ts), and the browser files after them, the
// longest first: from the last run's times when vitest has them, else the larger file first; the
// dev-server file last of all.
import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer } from 'vitest/node';

/** Projects whose files run against the build, after the others. */
const AFTER_BUILD = new Set(['e2e']);
/** The dev-server file: last of all, once the browser files thin out (vite.config.ts says why). */
const LAST = new Set(['e2e-dev']);

export class UnitFirstSequencer extends BaseSequencer {
  /** @param {import('vitest/node').TestSpecification[]} files */
  async sort(files) {
    const cache = this.ctx.cache;
    const root = this.ctx.config.root;
    /** @param {import('vitest/node').TestSpecification} f */
    const weight = (f) => {
      const last = cache.getFileTestResults(`${f.project.name}:${relative(root, f.moduleId)}`);
      // Seconds from the last run; otherwise the file's size stands in (bytes scaled far below them).
      return last ? last.duration / 1000 : statSync(f.moduleId).size / 1e6;
    };
    const rank = (f) => [f.project.config.sequence.groupOrder, LAST.has(f.project.name) ? 2 : AFTER_BUILD.has(f.project.name) ? 1 : 0];
    return [...files].sort((a, b) => {
      const [ga, pa] = rank(a);
      const [gb, pb] = rank(b);
      return ga - gb || pa - pb || weight(b) - weight(a);
    });
  }
}

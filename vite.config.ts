import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { storyData } from './src/lib/data/vite-plugin.js';
import { UnitFirstSequencer } from './scripts/test-sequencer.mjs';

/**
 * Unit tests read world-atlas's map data (3.8 MB of JSON) with Node's JSON.parse at run time.
 * Through vite, every worker waited for it to be turned into a 3 MB module: measured 22 s of
 * "transform" for one file importing land-10m.json, against 0.1 s for a file importing d3.
 */
function worldAtlasAsData(): Plugin {
  const PREFIX = '\0world-atlas:';
  return {
    name: 'test-world-atlas-as-data',
    enforce: 'pre',
    resolveId(source) {
      const m = /^world-atlas\/([\w-]+)\.json$/.exec(source);
      return m ? PREFIX + m[1] : undefined;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return;
      const file = JSON.stringify(fileURLToPath(import.meta.resolve(`world-atlas/${id.slice(PREFIX.length)}.json`)));
      return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${file}, 'utf8'));\n`;
    }
  };
}

/**
 * Modules that list files with import.meta.glob (the locale files) are never kept in vitest's module
 * cache: its key is the module's own text, which does not change when a translator adds a language.
 */
function globsUncached(): Plugin {
  return {
    name: 'globs-uncached',
    configureVitest({ experimental_defineCacheKeyGenerator }) {
      experimental_defineCacheKeyGenerator(({ sourceCode }) => (sourceCode.includes('import.meta.glob') ? false : undefined));
    }
  };
}

/** Component test files that replace modules with vi.mock (see the client projects). */
const MOCKING_FILES = ['tests/component/scrolly.test.ts', 'tests/component/embed-scrolly.test.ts'];

/** A jsdom project for component tests; d3 is bundled once (cached in cacheDir), not imported module by module. */
const componentProject = (test: { name: string; include: string[]; exclude?: string[]; isolate?: boolean }) => ({
  extends: './vite.config.ts',
  plugins: [svelteTesting()],
  test: { environment: 'jsdom' as const, setupFiles: ['tests/component/setup.ts'], deps: { optimizer: { client: { enabled: true, include: ['d3'] } } }, ...test }
});

export default defineConfig({
  // storyData first: a bad story.yaml stops the build before SvelteKit writes anything.
  plugins: [storyData(), sveltekit(), globsUncached()],
  cacheDir: process.env.VITE_CACHE_DIR || 'node_modules/.vite',
  test: {
    globals: true,
    // The slowest files are listed after vitest's summary.
    reporters: ['default', './scripts/slowest-files.mjs'],
    // vitest's default on 2 cores is ONE worker, and browser files mostly wait on the browser:
    // three files at a time keep both cores busy. All projects share one pool (and one
    // maxWorkers), so unit files fill the gaps while browser files wait. Two workers, measured
    // interleaved against three (whole suite, duration cache removed): 354 and 335 s against 331
    // and 329 s, for the same ~600 CPU-s: fewer files at once leave a core idle, not less work.
    maxWorkers: 3,
    // Unit and component files first, beside the build; browser files after, longest first.
    sequence: { sequencer: UnitFirstSequencer },
    // Transformed modules (TypeScript, Svelte, the YAML data) kept on disk between runs, keyed by
    // content and config: a run no longer compiles every component again.
    experimental: { fsModuleCache: true },
    // Worker threads start faster than processes; nothing here needs a process of its own.
    pool: 'threads',
    // Files share the 2 cores with browser files and builds: a test or a poll that waits for a
    // state (an idle callback, a layer drawn) may wait longer than vitest's 5 s / 1 s defaults.
    testTimeout: 30_000,
    expect: { poll: { timeout: 10_000 } },
    projects: [
      // Component files share a worker's jsdom and loaded modules (Svelte, d3, the story's data):
      // test:unit 45 -> 32 s here. Files that replace a module with vi.mock run isolated
      // (a shared module cache could keep the real module or leak the mock into another file).
      componentProject({ name: 'client', include: ['tests/component/**/*.test.ts'], exclude: MOCKING_FILES, isolate: false }),
      componentProject({ name: 'client-mocked', include: MOCKING_FILES }),
      {
        extends: './vite.config.ts',
        plugins: [worldAtlasAsData()],
        test: {
          name: 'server',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          // Pure functions, no mocks or stubbed globals: files can share a worker's loaded modules
          // (zod, yaml, the story's data) instead of importing them again for each file.
          isolate: false
        }
      },
      {
        extends: './vite.config.ts',
        // embed-build reads the basemap as the build draws it (world-atlas, see worldAtlasAsData).
        plugins: [worldAtlasAsData()],
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: ['tests/e2e/dev-overlay.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // The build runs beside the unit files: each browser file waits for it here.
          setupFiles: ['tests/e2e/build-ready.ts'],
          // Files in a worker share its loaded modules (playwright-core, the story's data, axe's source):
          // each file imported them again (49 s of import across the project, 15 s shared). They share
          // no state but the helpers' constants; each file opens and closes its own browser connection.
          isolate: false,
          // One retry for browser tests only: CI shares 2 cores, and a rare scheduling stall
          // should not block a landing. A test that fails twice still fails the run.
          retry: 1,
          // Files now run side by side on 2 cores: a test that walks every step takes longer than
          // alone (scenes' walks passed 60 s in a run under load). Tests still wait for states.
          testTimeout: 180_000,
          hookTimeout: 240_000
        }
      },
      {
        // The dev server compiles the story on demand (hundreds of modules): it once took minutes
        // for a first page beside three browser files and failed CI. The sequencer starts it last,
        // as the browser files run out (beside two of the heaviest, a11y and scroll: 13 s, against
        // 8-11 s alone); in a group of its own it ran alone at the end, after a 4-6 s gap between
        // groups, while a core idled. It has a browser of its own.
        extends: './vite.config.ts',
        test: {
          name: 'e2e-dev',
          environment: 'node',
          include: ['tests/e2e/dev-overlay.test.ts'],
          retry: 1,
          testTimeout: 180_000,
          hookTimeout: 240_000
        }
      }
    ]
  }
});

import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { storyData } from './src/lib/data/vite-plugin.js';

export default defineConfig({
  // storyData first: a bad story.yaml stops the build before SvelteKit writes anything.
  plugins: [storyData(), sveltekit()],
  cacheDir: process.env.VITE_CACHE_DIR || 'node_modules/.vite',
  test: {
    globals: true,
    // The slowest files are listed after vitest's summary.
    reporters: ['default', './scripts/slowest-files.mjs'],
    projects: [
      {
        extends: './vite.config.ts',
        plugins: [svelteTesting()],
        test: {
          name: 'client',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.ts'],
          setupFiles: ['tests/component/setup.ts']
        }
      },
      {
        extends: './vite.config.ts',
        test: {
          name: 'server',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts']
        }
      },
      {
        extends: './vite.config.ts',
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          // One retry for browser tests only: CI shares 2 cores, and a rare scheduling stall
          // should not block a landing. A test that fails twice still fails the run.
          retry: 1,
          testTimeout: 60_000,
          hookTimeout: 240_000
        }
      }
    ]
  }
});

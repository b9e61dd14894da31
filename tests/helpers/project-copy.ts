/**
 * A throwaway copy of the project in /tmp (node_modules linked, not copied), so tests can
 * break story.yaml, run the real build or dev server on it, and never touch the real file.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const COPIED = ['src', 'static', 'scripts', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json', 'package.json'];

export interface ProjectCopy {
  dir: string;
  storyPath: string;
  readStory(): string;
  writeStory(text: string): void;
  /** Environment for processes run in the copy: its own build dir, default .svelte-kit. */
  env: NodeJS.ProcessEnv;
  remove(): void;
}

export function copyProject(label: string): ProjectCopy {
  const dir = mkdtempSync(join(tmpdir(), `story-${label}-`));
  for (const entry of COPIED) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const storyPath = join(dir, 'src/lib/data/story.yaml');
  const env: NodeJS.ProcessEnv = { ...process.env, BUILD_DIR: join(dir, 'build'), VITE_CACHE_DIR: join(dir, '.vite-cache') };
  // tsconfig.json extends ./.svelte-kit/tsconfig.json, so the copy uses SvelteKit's default dir.
  delete env.KIT_OUT;
  delete env.VITEST;
  delete env.VITEST_POOL_ID;
  delete env.VITEST_WORKER_ID;
  delete env.NODE_ENV;
  return {
    dir,
    storyPath,
    env,
    readStory: () => readFileSync(storyPath, 'utf8'),
    writeStory: (text) => writeFileSync(storyPath, text),
    remove: () => rmSync(dir, { recursive: true, force: true })
  };
}

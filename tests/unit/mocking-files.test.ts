/**
 * The component files that call vi.mock are exactly the ones the isolated `client-mocked` project
 * runs: in the shared-module `client` project a mock could miss or leak into another file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import config from '../../vite.config';

it('every component file that mocks a module runs isolated, and only those', () => {
  const dir = 'tests/component';
  const mocking = readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts') && /\bvi\.mock\(/.test(readFileSync(`${dir}/${f}`, 'utf8')))
    .map((f) => `${dir}/${f}`);
  const projects = (config.test?.projects ?? []) as { test: { name: string; include?: string[]; isolate?: boolean } }[];
  const mocked = projects.find((p) => p.test.name === 'client-mocked')!;
  expect(mocking.length).toBeGreaterThan(0);
  expect([...mocked.test.include!].sort()).toEqual(mocking.sort());
  expect(mocked.test.isolate).not.toBe(false);
});

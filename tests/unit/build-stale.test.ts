/** What builds killed midway leave next to build/, and the cleanup the next build runs first. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAlive, removeStaleBuilds } from '../../scripts/stale-builds.mjs';

/** The pid of a process that has exited (a real one, so isAlive is checked too). */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

let dir: string;
let out: string;
const dirWith = (path: string, file = 'index.html', text = path) => {
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, file), text);
};
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stale-builds-'));
  out = join(dir, 'build');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('removeStaleBuilds', () => {
  it('removes the partial and previous dirs of dead builds, keeps those of running builds and anything else', () => {
    const dead = deadPid();
    expect(isAlive(dead)).toBe(false);
    expect(isAlive(process.pid)).toBe(true);
    dirWith(out);
    dirWith(`${out}.partial-${dead}`);
    dirWith(`${out}.previous-${dead}`);
    dirWith(`${out}.partial-${process.pid}`); // this very build's own
    dirWith(`${out}.partial-1`); // pid 1 is always alive
    dirWith(join(dir, 'build-notes'));
    dirWith(join(dir, 'other.partial-99'));

    const { removed, restored } = removeStaleBuilds(out);
    expect(restored).toBeNull();
    expect(removed.sort()).toEqual([`${out}.partial-${dead}`, `${out}.previous-${dead}`]);
    expect(readdirSync(dir).sort()).toEqual(['build', 'build-notes', `build.partial-${process.pid}`, 'build.partial-1', 'other.partial-99'].sort());
  });

  it('puts back the last good build when a build was killed between moving it aside and moving the new one in', () => {
    const dead = deadPid();
    dirWith(`${out}.previous-${dead}`, 'index.html', 'last good');
    dirWith(`${out}.partial-${dead}`, 'index.html', 'finished but not moved in');
    const { restored } = removeStaleBuilds(out);
    expect(restored).toBe(`${out}.previous-${dead}`);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('last good');
    expect(readdirSync(dir)).toEqual(['build']);
  });

  it('asks whether each pid is alive and does nothing when the output folder has no parent yet', () => {
    dirWith(`${out}.partial-4242`);
    expect(removeStaleBuilds(out, (pid) => pid === 4242).removed).toEqual([]);
    expect(existsSync(`${out}.partial-4242`)).toBe(true);
    expect(removeStaleBuilds(join(dir, 'nope', 'build')).removed).toEqual([]);
  });
});

/** `npm run statics` makes nothing from a folder that holds no finished build. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('npm run statics', () => {
  it('refuses a folder without a finished build and leaves it as it was', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'statics-cmd-'));
    try {
      // A build killed before it wrote its pages: a statics folder but no index.html or plan.
      mkdirSync(join(dir, 'statics/en'), { recursive: true });
      writeFileSync(join(dir, 'statics/en/old.png'), 'x');
      const run = spawnSync(process.execPath, ['scripts/statics.mjs', dir], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('holds no finished build');
      expect(run.stderr).toContain('run npm run build first');
      expect(readdirSync(join(dir, 'statics/en'))).toEqual(['old.png']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * The end of `npm test`: the slowest files reporter, and `.ci/run`'s summary whose last line CI
 * reads ("N passed, N failed"). Fed vitest-shaped results, never a real run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import SlowestFilesReporter, { fileTimes, formatSlowest } from '../../scripts/slowest-files.mjs';

const mod = (file: string, project: string, [env, prepare, collect, setup, tests]: number[]) => ({
  moduleId: `/repo/${file}`,
  project: { name: project },
  diagnostic: () => ({ environmentSetupDuration: env, prepareDuration: prepare, collectDuration: collect, setupDuration: setup, duration: tests })
});

const modules = [
  mod('tests/unit/a.test.ts', 'server', [0, 5, 300, 0, 40]),
  mod('tests/e2e/keyboard.test.ts', 'e2e', [0, 10, 900, 0, 45_000]),
  mod('tests/component/b.test.ts', 'client', [1_200, 20, 2_500, 150, 600]),
  mod('tests/e2e/print.test.ts', 'e2e', [0, 10, 800, 0, 9_000])
];

describe('slowest files', () => {
  it('times each file from environment to its last test, slowest first, relative to the root', () => {
    const times = fileTimes(modules, '/repo');
    expect(times.map((t) => t.file)).toEqual(['tests/e2e/keyboard.test.ts', 'tests/e2e/print.test.ts', 'tests/component/b.test.ts', 'tests/unit/a.test.ts']);
    expect(times[0]).toEqual({ file: 'tests/e2e/keyboard.test.ts', project: 'e2e', total: 45_910, setup: 910 });
    expect(times[2]).toMatchObject({ total: 4_470, setup: 3_870 });
  });

  it('prints a title and the first `count` files with seconds, setup share and project', () => {
    const lines = formatSlowest(fileTimes(modules, '/repo'), 2);
    expect(lines).toEqual([
      'Slowest 2 of 4 test files (each file\'s own time; files run side by side):',
      '    45.9 s  (setup   0.9 s)  e2e  tests/e2e/keyboard.test.ts',
      '     9.8 s  (setup   0.8 s)  e2e  tests/e2e/print.test.ts'
    ]);
    expect(formatSlowest([], 5)).toEqual([]);
  });

  it('as a reporter, logs them when the run ends', () => {
    const logged: string[] = [];
    const reporter = new SlowestFilesReporter({ count: 3 });
    reporter.onInit({ config: { root: '/repo' }, logger: { log: (s: string) => logged.push(s) } } as never);
    reporter.onTestRunEnd(modules as never);
    expect(logged).toHaveLength(1);
    const lines = logged[0].split('\n');
    expect(lines[1]).toBe('Slowest 3 of 4 test files (each file\'s own time; files run side by side):');
    expect(lines.slice(2).map((l) => l.trim().split(/\s+/).at(-1))).toEqual(['tests/e2e/keyboard.test.ts', 'tests/e2e/print.test.ts', 'tests/component/b.test.ts']);
  });
});

describe('ci-summary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ci-summary-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const summary = (report: object | null, status: number) => {
    const file = join(dir, 'vitest.json');
    if (report) writeFileSync(file, JSON.stringify(report));
    const r = spawnSync(process.execPath, ['scripts/ci-summary.mjs', report ? file : join(dir, 'none.json'), String(status)], { encoding: 'utf8' });
    return { status: r.status, last: r.stdout.trimEnd().split('\n').at(-1) };
  };

  it('ends with the plain line CI reads, and fails on failures, crashes and empty runs', () => {
    const file = (status: string, n: number) => ({ status, assertionResults: Array(n).fill({}) });
    expect(summary({ numPassedTests: 816, numFailedTests: 0, testResults: [file('passed', 816)] }, 0)).toEqual({ status: 0, last: '816 passed, 0 failed' });
    // A file that failed to load has no tests: it counts as one failure.
    expect(summary({ numPassedTests: 5, numFailedTests: 1, testResults: [file('failed', 2), file('failed', 0)] }, 1)).toEqual({ status: 1, last: '5 passed, 2 failed' });
    expect(summary({ numPassedTests: 3, numFailedTests: 0, numPendingTests: 1, testResults: [] }, 0).last).toBe('3 passed, 0 failed, 1 skipped');
    expect(summary({ numPassedTests: 3, numFailedTests: 0, testResults: [] }, 1)).toEqual({ status: 1, last: '3 passed, 1 failed' });
    expect(summary(null, 0)).toEqual({ status: 1, last: '0 passed, 1 failed' });
  }, 60_000);
});

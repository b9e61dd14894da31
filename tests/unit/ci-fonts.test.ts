/**
 * The fallback fonts the font tests need (Liberation Serif and Sans): `.ci/run` finds them when
 * installed, even under `set -o pipefail` with a long fc-list output (it once piped fc-list into
 * `grep -q`, which exits at the first match: fc-list got SIGPIPE, the pipeline 141, and apt-get
 * ran on every run), and `npm test`'s pretest names the ones missing.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FALLBACK_FONTS, missingFonts } from '../../scripts/ensure-chromium.mjs';

const dir = mkdtempSync(join(tmpdir(), 'ci-fonts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in fc-list on PATH: `families` first, then ~300 KB of other fonts (more than a pipe holds). */
function fakeFcList(families: string[]): string {
  const bin = mkdtempSync(join(dir, 'bin-'));
  const others = Array.from({ length: 2000 }, (_, i) => `Other Font ${i}`).join('\n');
  writeFileSync(
    join(bin, 'fc-list'),
    `#!/bin/sh\nprintf '%s\\n' ${families.map((f) => `'${f}'`).join(' ')}\nfor i in $(seq 10); do printf '%s\\n' '${others}'; done\n`
  );
  chmodSync(join(bin, 'fc-list'), 0o755);
  return bin;
}

const bash = (script: string, bin: string) =>
  spawnSync('bash', ['-c', `set -uo pipefail\n${script}`], { encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });

/** `.ci/run`'s own missing_fonts function, run as the script runs it. */
const ciRunCheck = () => {
  const fn = /^missing_fonts\(\) \{\n[\s\S]*?^\}\n/m.exec(readFileSync('.ci/run', 'utf8'));
  expect(fn, '.ci/run defines missing_fonts()').not.toBeNull();
  return `${fn![0]}if missing_fonts; then echo missing; else echo installed; fi`;
};

describe('.ci/run font check', () => {
  const installed = fakeFcList(['DejaVu Sans', 'Liberation Serif', 'Liberation Sans,Liberation Sans Narrow']);

  it('(control) the old pipeline fails with SIGPIPE under pipefail although the font is there', () => {
    const r = bash(`fc-list | grep -q 'Liberation Serif'; echo $?`, installed);
    expect(r.stdout.trim()).toBe('141');
  }, 30_000);

  it('finds the fonts when they are installed, and installs when one is missing', () => {
    expect(bash(ciRunCheck(), installed).stdout.trim()).toBe('installed');
    expect(bash(ciRunCheck(), fakeFcList(['DejaVu Sans', 'Liberation Serif'])).stdout.trim()).toBe('missing');
    expect(bash(ciRunCheck(), fakeFcList(['Liberation Serif Bold', 'Liberation Sans'])).stdout.trim()).toBe('missing');
  }, 30_000);
});

describe('pretest font check (scripts/ensure-chromium.mjs)', () => {
  it('names the fallback families fc-list does not list', () => {
    expect(FALLBACK_FONTS).toEqual(['Liberation Serif', 'Liberation Sans']);
    expect(missingFonts('DejaVu Sans\nLiberation Serif\nLiberation Sans,Liberation Sans Narrow\n')).toEqual([]);
    expect(missingFonts('DejaVu Sans\nLiberation Serif Bold\nLiberation Sans Narrow\n')).toEqual(['Liberation Serif', 'Liberation Sans']);
    expect(missingFonts('')).toEqual(FALLBACK_FONTS);
  });
});

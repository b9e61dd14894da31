/**
 * The order test files start in (scripts/test-sequencer.mjs): unit and component files first,
 * beside the build; the browser files after them, longest first (the last run's times, else the
 * larger file); the dev-server file last of all, in the same group, once the browser files thin out.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { UnitFirstSequencer } from '../../scripts/test-sequencer.mjs';

const root = resolve('.');
type Spec = { project: { name: string; config: { sequence: { groupOrder: number } } }; moduleId: string };
const spec = (project: string, file: string): Spec => ({ project: { name: project, config: { sequence: { groupOrder: 0 } } }, moduleId: resolve(file) });

/** A sequencer whose "last run" took `seconds` for the files named (project:path), none for the others. */
function sequencer(seconds: Record<string, number>) {
  const cache = { getFileTestResults: (key: string) => (key in seconds ? { duration: seconds[key] * 1000 } : undefined) };
  return new UnitFirstSequencer({ cache, config: { root } } as never);
}
const order = async (s: ReturnType<typeof sequencer>, files: Spec[]) => ((await s.sort(files as never)) as unknown as Spec[]).map((f) => `${f.project.name}:${f.moduleId.slice(root.length + 1)}`);

const FILES = [
  spec('e2e-dev', 'tests/e2e/dev-overlay.test.ts'),
  spec('e2e', 'tests/e2e/nojs.test.ts'),
  spec('server', 'tests/unit/geo.test.ts'),
  spec('e2e', 'tests/e2e/a11y.test.ts'),
  spec('client', 'tests/component/scene-stage.test.ts'),
  spec('e2e', 'tests/e2e/assets.test.ts')
];

describe('the test sequencer', () => {
  it('runs unit and component files first, browser files longest first by the last run, the dev server last', async () => {
    const s = sequencer({ 'e2e:tests/e2e/nojs.test.ts': 7, 'e2e:tests/e2e/a11y.test.ts': 50, 'e2e:tests/e2e/assets.test.ts': 4, 'e2e-dev:tests/e2e/dev-overlay.test.ts': 90 });
    const got = await order(s, FILES);
    expect(got.slice(0, 2).sort()).toEqual(['client:tests/component/scene-stage.test.ts', 'server:tests/unit/geo.test.ts']);
    expect(got.slice(2)).toEqual(['e2e:tests/e2e/a11y.test.ts', 'e2e:tests/e2e/nojs.test.ts', 'e2e:tests/e2e/assets.test.ts', 'e2e-dev:tests/e2e/dev-overlay.test.ts']);
  });

  it('without times (a fresh clone), takes the larger browser file first, and still the dev server last', async () => {
    const got = await order(sequencer({}), FILES);
    const browserFiles = got.filter((f) => f.startsWith('e2e:'));
    expect(got.slice(2, 5)).toEqual(browserFiles);
    expect(got.at(-1)).toBe('e2e-dev:tests/e2e/dev-overlay.test.ts');
    const { statSync } = await import('node:fs');
    const sizes = browserFiles.map((f) => statSync(f.slice(4)).size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });
});

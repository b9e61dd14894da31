/** The bench's verdicts: a budget on the median, and one on the worst of several Lighthouse runs. */
import { describe, expect, it } from 'vitest';
import { summarise, table, verdicts } from '../../scripts/bench/report.mjs';

const lighthouse = (scores: number[], tbt: number[]) => ({
  lighthouse: summarise(scores.map((s, i) => ({ lhPerformance: s, lhAccessibility: 100, lhTbtMs: tbt[i], lhLcpMs: 1500 })))
});

const verdict = (summary: object, label: RegExp) => verdicts(summary).filter((v) => label.test(v.label));

describe('bench verdicts', () => {
  it('judges Lighthouse performance on its median and on its worst run', () => {
    const ok = lighthouse([99, 98, 98, 96, 99], [40, 60, 80, 120, 30]);
    expect(verdict(ok, /^Lighthouse performance/).map((v) => [v.stat, v.value, v.pass])).toEqual([
      ['median', 98, true],
      ['worst', 96, true]
    ]);
    // One bad run fails the worst-run budget even with a good median.
    const bad = lighthouse([99, 98, 98, 93, 99], [40, 60, 80, 120, 30]);
    expect(verdict(bad, /worst run/)[0]).toMatchObject({ value: 93, pass: false });
    expect(verdict(bad, /\(mobile\)$/)[0]).toMatchObject({ value: 98, pass: true });
  });

  it('judges Lighthouse blocking time on its median', () => {
    expect(verdict(lighthouse([98, 98, 98], [90, 150, 100]), /blocking/)[0]).toMatchObject({ value: 100, pass: true });
    expect(verdict(lighthouse([98, 98, 98], [90, 150, 120]), /blocking/)[0]).toMatchObject({ value: 120, pass: false });
  });

  it('prints both limits on the performance row', () => {
    const s = lighthouse([99, 98, 97], [40, 60, 80]);
    const row = table(s, verdicts(s)).split('\n').find((l) => l.startsWith('| Lighthouse performance'))!;
    expect(row).toContain('98 (97–99)');
    expect(row).toContain('≥ 98 median, ≥ 95 worst');
    expect(row).toContain('PASS, worst PASS');
  });
});

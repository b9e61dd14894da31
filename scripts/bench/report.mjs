// Medians and spread over runs, and the table the bench prints.
import { BUDGETS, judged, meets } from './budgets.mjs';

export const ROWS = [
  ['jsGzipKB', 'JS, gzip (KB)', 1],
  ['jsTransferKB', 'JS transferred, as served (KB)', 1],
  ['totalTransferKB', 'total transferred (KB)', 1],
  ['requests', 'requests', 0],
  ['htmlKB', 'HTML, uncompressed (KB)', 1],
  ['htmlTransferKB', 'HTML transferred (KB)', 1],
  ['fcpMs', 'FCP (ms)', 0],
  ['lcpMs', 'LCP (ms)', 0],
  ['cls', 'CLS, load + scroll', 4],
  ['tbtMs', 'TBT during load (ms)', 0],
  ['scrollLongTasks', 'long tasks > 50 ms, scroll', 0],
  ['slowFrameShare', 'frames > 25 ms, scroll (%)', 2, 100],
  ['slowestFrameMs', 'slowest frame, scroll (ms)', 0],
  ['frames', 'frames in the scroll', 0],
  ['heapMB', 'JS heap after scroll (MB)', 1],
  ['lhPerformance', 'Lighthouse performance', 0],
  ['lhTbtMs', 'Lighthouse TBT (ms)', 0],
  ['lhLcpMs', 'Lighthouse LCP (ms)', 0],
  ['lhAccessibility', 'Lighthouse accessibility', 0]
];

export const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** { key: { median, min, max, runs } } over a list of per-run figure objects. */
export function summarise(runs) {
  const keys = new Set(runs.flatMap((r) => Object.keys(r)));
  return Object.fromEntries([...keys].map((k) => {
    const xs = runs.map((r) => r[k]).filter((x) => typeof x === 'number' && Number.isFinite(x));
    return [k, { median: median(xs), min: xs.length ? Math.min(...xs) : null, max: xs.length ? Math.max(...xs) : null, runs: runs.map((r) => r[k] ?? null) }];
  }));
}

const fmt = (v, digits, scale = 1) => (v === null || v === undefined ? '–' : (v * scale).toFixed(digits));
const cell = (s, digits, scale) => (s ? `${fmt(s.median, digits, scale)} (${fmt(s.min, digits, scale)}–${fmt(s.max, digits, scale)})` : '–');

/** Budget verdicts against the medians (or the worst run, for a budget on it): [{ budget, profile, value, pass }]. */
export function verdicts(summary) {
  return BUDGETS.flatMap((b) => b.profiles.filter((p) => summary[p]).map((p) => {
    const value = judged(b, summary[p]?.[b.key]);
    return { key: b.key, stat: b.stat ?? 'median', label: b.label, profile: p, value, limit: b.max ?? b.min, kind: b.max !== undefined ? '≤' : '≥', pass: meets(b, value) };
  }));
}

export function table(summary, results) {
  const cols = ['phone', 'desktop', 'lighthouse'].filter((p) => summary[p]);
  const head = ['figure', ...cols.map((c) => `${c} median (min–max)`), 'budget', 'result'];
  const lines = ROWS.filter(([k]) => cols.some((c) => summary[c]?.[k])).map(([k, label, digits, scale]) => {
    const vs = results.filter((v) => v.key === k);
    const bs = BUDGETS.filter((x) => x.key === k);
    const worst = (b) => (b.stat === 'worst' ? ' worst' : '');
    const limit = bs.map((b) => `${b.max !== undefined ? '≤' : '≥'} ${fmt(b.max ?? b.min, k === 'slowFrameShare' ? 0 : b.max === 0.01 ? 2 : 0, scale)}${bs.length > 1 ? worst(b) || ' median' : ''}`).join(', ');
    const many = new Set(vs.map((v) => v.profile)).size > 1;
    const res = vs.map((v) => `${many ? v.profile + ' ' : ''}${v.stat === 'worst' ? 'worst ' : ''}${v.pass ? 'PASS' : 'FAIL'}`).join(', ');
    return [label, ...cols.map((c) => cell(summary[c]?.[k], digits, scale)), limit, res];
  });
  const rows = [head, ...lines];
  const width = head.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => '| ' + r.map((c, i) => c.padEnd(width[i])).join(' | ') + ' |';
  return [line(head), '|' + width.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...lines.map(line)].join('\n');
}

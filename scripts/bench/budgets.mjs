// The budgets from the issues. `profiles` says which profiles must meet each one; `stat` which
// figure over the runs is judged: the median (default) or the worst run ('worst').
export const BUDGETS = [
  { key: 'jsGzipKB', label: 'JavaScript, gzip, first load', max: 60, unit: 'KB', profiles: ['phone', 'desktop'] },
  { key: 'totalTransferKB', label: 'total transfer, first load', max: 250, unit: 'KB', profiles: ['phone', 'desktop'] },
  { key: 'lcpMs', label: 'LCP, phone', max: 2000, unit: 'ms', profiles: ['phone'] },
  { key: 'cls', label: 'CLS (load + scroll)', max: 0.01, unit: '', profiles: ['phone', 'desktop'] },
  { key: 'scrollLongTasks', label: 'long tasks > 50 ms in the scroll, phone', max: 0, unit: '', profiles: ['phone'] },
  { key: 'slowFrameShare', label: 'frames > 25 ms in the scroll, phone', max: 0.02, unit: '%', profiles: ['phone'] },
  { key: 'lhPerformance', label: 'Lighthouse performance (mobile)', min: 98, unit: '', profiles: ['lighthouse'] },
  { key: 'lhPerformance', stat: 'worst', label: 'Lighthouse performance (mobile), worst run', min: 95, unit: '', profiles: ['lighthouse'] },
  { key: 'lhTbtMs', label: 'Lighthouse total blocking time (mobile)', max: 100, unit: 'ms', profiles: ['lighthouse'] },
  { key: 'lhAccessibility', label: 'Lighthouse accessibility (mobile)', min: 100, unit: '', profiles: ['lighthouse'] }
];

export const meets = (budget, value) =>
  value !== null && value !== undefined && (budget.max !== undefined ? value <= budget.max : value >= budget.min);

/** The figure a budget judges in a summary row: its median, or its worst run (min for a floor, max for a ceiling). */
export const judged = (budget, row) =>
  !row ? null : budget.stat === 'worst' ? (budget.max !== undefined ? row.max : row.min) : row.median;

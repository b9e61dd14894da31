// The budgets from the issue. `profiles` says which profiles' medians must meet each one.
export const BUDGETS = [
  { key: 'jsGzipKB', label: 'JavaScript, gzip, first load', max: 60, unit: 'KB', profiles: ['phone', 'desktop'] },
  { key: 'totalTransferKB', label: 'total transfer, first load', max: 250, unit: 'KB', profiles: ['phone', 'desktop'] },
  { key: 'lcpMs', label: 'LCP, phone', max: 2000, unit: 'ms', profiles: ['phone'] },
  { key: 'cls', label: 'CLS (load + scroll)', max: 0.01, unit: '', profiles: ['phone', 'desktop'] },
  { key: 'scrollLongTasks', label: 'long tasks > 50 ms in the scroll, phone', max: 0, unit: '', profiles: ['phone'] },
  { key: 'slowFrameShare', label: 'frames > 25 ms in the scroll, phone', max: 0.02, unit: '%', profiles: ['phone'] },
  { key: 'lhPerformance', label: 'Lighthouse performance (mobile)', min: 98, unit: '', profiles: ['lighthouse'] },
  { key: 'lhAccessibility', label: 'Lighthouse accessibility (mobile)', min: 100, unit: '', profiles: ['lighthouse'] }
];

export const meets = (budget, value) =>
  value !== null && value !== undefined && (budget.max !== undefined ? value <= budget.max : value >= budget.min);

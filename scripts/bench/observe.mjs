// Runs in the page before any of its scripts (addInitScript): buffers the performance entries
// the bench reads later, so nothing is missed between navigation and the first evaluate().
export function installObservers() {
  const b = (window.__bench = { longtasks: [], shifts: [], lcp: [], fcp: null });
  const watch = (type, fn) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true });
    } catch {
      /* entry type not supported: that figure stays empty */
    }
  };
  watch('longtask', (e) => b.longtasks.push({ start: e.startTime, duration: e.duration }));
  const name = (n) => `${n.nodeName.toLowerCase()}${n.className?.baseVal ?? (typeof n.className === 'string' && n.className ? '.' + n.className.split(' ')[0] : '')}`;
  // A text node says little: name the element holding it and the text's start, to find what moved.
  const describe = (n) => (!n ? '?' : n.nodeType === 3 ? `${n.parentElement ? name(n.parentElement) : ''} "${(n.textContent ?? '').trim().slice(0, 24)}"` : name(n));
  watch('layout-shift', (e) => b.shifts.push({ start: e.startTime, value: e.value, input: e.hadRecentInput, scrollY, sources: (e.sources ?? []).map((s) => describe(s.node)) }));
  watch('largest-contentful-paint', (e) => b.lcp.push({ start: e.startTime, size: e.size, tag: e.element?.tagName ?? null, id: e.element?.id || e.element?.className?.toString?.() || null, url: e.url || null }));
  watch('paint', (e) => e.name === 'first-contentful-paint' && (b.fcp = e.startTime));
}

/**
 * CLS as the web-vitals definition: the largest session window of shifts. Every shift counts, even
 * one flagged hadRecentInput: the bench sends no input (its scroll is scripted), and Chromium sets
 * that flag for ~500 ms after the emulated phone viewport is applied, which once hid a 0.13 shift
 * when the fonts swapped in. (Lighthouse likewise ignores the flag early in the load.)
 */
export function cumulativeLayoutShift(shifts) {
  let worst = 0, session = 0, first = -Infinity, last = -Infinity;
  for (const s of shifts) {
    if (s.start - last < 1000 && s.start - first < 5000) session += s.value;
    else { session = s.value; first = s.start; }
    last = s.start;
    worst = Math.max(worst, session);
  }
  return worst;
}

/** Total blocking time: the part over 50 ms of each long task in [from, to), clipped at `from` as Lighthouse does. */
export function totalBlockingTime(tasks, from, to) {
  return tasks
    .filter((t) => t.start + t.duration > from && t.start < to)
    .reduce((sum, t) => sum + Math.max(0, t.start + t.duration - Math.max(t.start, from) - 50), 0);
}

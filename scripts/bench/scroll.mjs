// A reader scrolling through the whole story, down and back up: rAF-paced scrolling at a steady
// speed through a waypoint in every step, waiting at each for the story to report that step.
import { cumulativeLayoutShift } from './observe.mjs';

/** In the page: scroll to `target` at `speed` px/s, one rAF at a time; resolves with frame gaps. */
function glide([target, speed]) {
  return new Promise((done) => {
    const gaps = [];
    let last = 0;
    const frame = (t) => {
      const dt = last ? t - last : 1000 / 60;
      if (last) gaps.push(dt);
      last = t;
      const y = window.scrollY;
      const move = Math.sign(target - y) * Math.min(Math.abs(target - y), (speed * dt) / 1000);
      window.scrollTo({ top: Math.abs(target - y) <= 1 ? target : y + move, behavior: 'instant' });
      if (Math.abs(window.scrollY - target) <= 1) done(gaps);
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

/** Scroll positions where each step's middle crosses the trigger line, clamped to the page. */
function waypoints(trigger) {
  const max = document.documentElement.scrollHeight - innerHeight;
  return [...document.querySelectorAll('[data-step]')].map((el, index) => {
    const r = el.getBoundingClientRect();
    const y = scrollY + r.top + r.height / 2 - innerHeight * trigger;
    return { index, y: Math.round(Math.max(0, Math.min(max, y))) };
  });
}

export async function measureScroll(page, cdp, { speed = 1000, trigger = 0.6 } = {}) {
  const points = await page.evaluate(waypoints, trigger);
  const bottom = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
  const route = [...points, { index: points.length - 1, y: bottom }, ...[...points].reverse(), { index: 0, y: 0 }];
  // Which step is active when: so long tasks can be pinned to the scene on screen.
  await page.evaluate(() => {
    const root = document.querySelector('[data-active-step]');
    const log = (window.__steps = [{ t: performance.now(), step: root.getAttribute('data-active-step') }]);
    new MutationObserver(() => log.push({ t: performance.now(), step: root.getAttribute('data-active-step') })).observe(root, { attributeFilter: ['data-active-step'] });
  });
  const start = await page.evaluate(() => performance.now());
  const gaps = [];
  for (const { index, y } of route) {
    gaps.push(...(await page.evaluate(glide, [y, speed])));
    await page.waitForFunction((i) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === String(i), index, { timeout: 30_000 });
  }
  const end = await page.evaluate(() => performance.now());
  const b = await page.evaluate(() => window.__bench);
  const steps = await page.evaluate(() => window.__steps);
  const stepAt = (t) => steps.filter((s) => s.t <= t).at(-1)?.step ?? null;
  const tasks = b.longtasks.filter((t) => t.start >= start && t.start <= end).map((t) => ({ ...t, step: stepAt(t.start) }));
  const heap = await cdp.send('Runtime.getHeapUsage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heapGc = await cdp.send('Runtime.getHeapUsage');
  return {
    figures: {
      scrollLongTasks: tasks.length,
      slowFrameShare: gaps.length ? gaps.filter((g) => g > 25).length / gaps.length : 0,
      slowestFrameMs: Math.max(0, ...gaps),
      frames: gaps.length,
      cls: cumulativeLayoutShift(b.shifts),
      heapMB: heap.usedSize / 2 ** 20,
      heapAfterGcMB: heapGc.usedSize / 2 ** 20
    },
    detail: { scrollMs: end - start, waypoints: route.length, scrollLongTasks: tasks, shifts: b.shifts.filter((s) => s.value >= 0.0005) }
  };
}

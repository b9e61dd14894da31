// `npm run bench`: build the site into its own directory, serve it as a CDN would (precompressed
// br/gzip), measure a phone and a desktop reader N times plus Lighthouse mobile, print medians,
// spread and budget verdicts, and write the JSON to bench-results/.
// Options: --runs N (3)  --lighthouse-runs N (5: the budgets judge their median and worst run)  --no-lighthouse  --no-build  --dir DIR
//          --speed PX_PER_S (1000)  --profiles phone,desktop  --strict (exit 1 when a budget fails)
//          --path /ar/ (the edition to measure; default /, the root edition)
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { serveStatic } from '../serve-static.mjs';
import { PROFILES, CHROME_FLAGS, chromePath, throttle } from './profiles.mjs';
import { installObservers } from './observe.mjs';
import { measureLoad, recordNetwork } from './load.mjs';
import { measureScroll } from './scroll.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { summarise, table, verdicts } from './report.mjs';

const { values: opt } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'lighthouse-runs': { type: 'string' },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    dir: { type: 'string', default: process.env.BUILD_DIR || 'bench-results/build' },
    speed: { type: 'string', default: '1000' },
    profiles: { type: 'string', default: 'phone,desktop' },
    path: { type: 'string', default: '/' },
    strict: { type: 'boolean', default: false }
  }
});
const runs = Number(opt.runs);
const lhRuns = opt['no-lighthouse'] ? 0 : Number(opt['lighthouse-runs'] ?? 5);
const profiles = opt.profiles.split(',').filter((p) => PROFILES[p]);
const OUT = 'bench-results';
mkdirSync(OUT, { recursive: true });
const log = (...a) => console.error('[bench]', ...a);
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

const started = new Date();
log(`load average at start: ${load()} on ${cpus().length} cores (others' builds add noise)`);
if (!opt['no-build'] || !existsSync(`${opt.dir}/index.html`)) {
  log(`building into ${opt.dir}…`);
  // The root tsconfig.json extends .svelte-kit/tsconfig.json: a fresh clone has none until a
  // sync with the default outDir, and the bench's own KIT_OUT would never write it.
  if (!existsSync('.svelte-kit/tsconfig.json')) {
    const { KIT_OUT: _unused, ...env } = process.env;
    execSync('npx svelte-kit sync', { stdio: ['ignore', 'ignore', 'inherit'], env });
  }
  // The real build (data check, deploy headers, atomic swap), as a deploy gets it.
  execSync('node scripts/build.mjs', {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, BUILD_DIR: opt.dir, KIT_OUT: process.env.KIT_OUT || '.svelte-kit-bench', VITE_CACHE_DIR: process.env.VITE_CACHE_DIR || `${OUT}/.vite` }
  });
}

const { server, url: origin } = await serveStatic(opt.dir, { host: '127.0.0.1' });
// The edition's page: '/ar' and 'ar/' mean '/ar/' (every page ends in a slash, trailingSlash: 'always').
const path = `/${opt.path.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
const url = origin + path;
const raw = Object.fromEntries(profiles.map((p) => [p, []]));
const details = Object.fromEntries(profiles.map((p) => [p, []]));
const errors = [];

const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS.filter((f) => f !== '--headless'), headless: true });
try {
  for (let i = 0; i < runs; i++) {
    for (const name of profiles) {
      const profile = PROFILES[name];
      const context = await browser.newContext(profile.context);
      const page = await context.newPage();
      page.on('console', (m) => m.type() === 'error' && errors.push(`${name}: ${m.text()}`));
      page.on('pageerror', (e) => errors.push(`${name}: ${e}`));
      const cdp = await context.newCDPSession(page);
      await throttle(cdp, profile);
      const requests = recordNetwork(cdp);
      await page.addInitScript(installObservers);
      const first = await measureLoad(page, requests, url, opt.dir);
      const scroll = await measureScroll(page, cdp, { speed: Number(opt.speed) });
      raw[name].push({ ...first.figures, ...scroll.figures });
      details[name].push({ ...first.detail, ...scroll.detail });
      log(`${name} run ${i + 1}/${runs}: LCP ${first.figures.lcpMs?.toFixed(0)} ms, ${scroll.figures.scrollLongTasks} long tasks, ${(scroll.figures.slowFrameShare * 100).toFixed(1)}% slow frames`);
      await context.close();
    }
  }
} finally {
  await browser.close();
}

if (lhRuns) {
  raw.lighthouse = [];
  details.lighthouse = [];
  for (let i = 0; i < lhRuns; i++) {
    const lh = await runLighthouse(url);
    raw.lighthouse.push(lh.figures);
    details.lighthouse.push(lh.detail);
    log(`lighthouse run ${i + 1}/${lhRuns}: performance ${lh.figures.lhPerformance}, accessibility ${lh.figures.lhAccessibility}, TBT ${Math.round(lh.figures.lhTbtMs)} ms, LCP ${Math.round(lh.figures.lhLcpMs)} ms`);
  }
}
server.close();

const summary = Object.fromEntries(Object.entries(raw).map(([p, rs]) => [p, summarise(rs)]));
const results = verdicts(summary);
const failed = results.filter((r) => !r.pass);
const finished = new Date();
const report = { started, finished, runs, lighthouseRuns: lhRuns, url, path, buildDir: opt.dir, scrollSpeed: Number(opt.speed), loadAverage: { end: loadavg(), cores: cpus().length }, profiles: Object.fromEntries(profiles.map((p) => [p, { cpuSlowdown: PROFILES[p].cpuSlowdown, network: PROFILES[p].network, ...PROFILES[p].context }])), summary, budgets: results, details, consoleErrors: errors };
const stamp = started.toISOString().replace(/[:.]/g, '-');
writeFileSync(`${OUT}/bench-${stamp}.json`, JSON.stringify(report, null, 2));
writeFileSync(`${OUT}/latest.json`, JSON.stringify(report, null, 2));

console.log(`\nBench ${started.toISOString()} of ${path}: ${runs} run(s) per profile, ${lhRuns} Lighthouse run(s); medians (min–max).`);
console.log(table(summary, results));
if (summary.lighthouse) {
  const lh = summary.lighthouse.lhPerformance;
  console.log(`Lighthouse performance over ${lhRuns} runs: median ${lh.median}, worst ${lh.min} (runs: ${lh.runs.join(', ')})`);
}
console.log(`\n${failed.length ? `FAIL: ${failed.map((f) => `${f.label} [${f.profile}]`).join('; ')}` : 'PASS: every budget met.'}`);
console.log(`Load average at end: ${load()} on ${cpus().length} shared cores; timings are noisy when others build.`);
if (errors.length) console.log(`Console errors (${errors.length}):\n  ${[...new Set(errors)].join('\n  ')}`);
console.log(`JSON: ${OUT}/latest.json (${Math.round((finished - started) / 1000)} s)`);
if (opt.strict && failed.length) process.exit(1);

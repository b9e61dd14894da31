// Lighthouse 12 mobile (its default: Moto G Power, simulated slow 4G, 4× CPU), performance and
// accessibility only, in Debian's Chromium started by chrome-launcher.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_FLAGS, chromePath } from './profiles.mjs';

export async function runLighthouse(url) {
  const chrome = await chromeLauncher.launch({ chromePath: chromePath(), chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
    const { categories, audits } = result.lhr;
    const failing = Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
      .map((a) => ({ id: a.id, score: a.score, value: a.displayValue ?? null }));
    return {
      figures: {
        lhPerformance: Math.round(categories.performance.score * 100),
        lhAccessibility: Math.round(categories.accessibility.score * 100),
        lhTbtMs: audits['total-blocking-time'].numericValue,
        lhLcpMs: audits['largest-contentful-paint'].numericValue
      },
      detail: {
        lhVersion: result.lhr.lighthouseVersion,
        fcp: audits['first-contentful-paint'].numericValue,
        lcp: audits['largest-contentful-paint'].numericValue,
        tbt: audits['total-blocking-time'].numericValue,
        cls: audits['cumulative-layout-shift'].numericValue,
        si: audits['speed-index'].numericValue,
        benchmarkIndex: result.lhr.environment.benchmarkIndex,
        failing
      }
    };
  } finally {
    await chrome.kill();
  }
}

/**
 * A sample of the statics, drawn by the render page as `npm run statics` takes them (the suite does
 * not make them all): an Arabic portrait card in dark, an English landscape card in light, an
 * English print PDF. Sizes, the story's own type (Arabic shaped, Arabic digits, right to left), the
 * theme, no label cut or overlapping, no empty half-frame, and a vector PDF with no type under 7 pt.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch, siteUrl, watchErrors } from './browser';
import { measureFrame } from './composition-measure';
import { CARD_MAX_BLANK, inspect, luminance, pngSize } from './statics-card';
import { FORMATS, type StaticFormat, type StaticTheme } from '../../src/lib/statics/plan';

let browser: Browser;
const tmp = mkdtempSync(join(tmpdir(), 'statics-'));
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** A page at the format's frame showing one static, drawn and settled. */
async function card(edition: string, step: string, format: StaticFormat, theme: StaticTheme): Promise<{ page: Page; errors: string[] }> {
  const f = FORMATS[format];
  const context = await browser.newContext({ viewport: f.css, deviceScaleFactor: f.scale, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  if (format === 'print') await page.emulateMedia({ media: 'screen' });
  await page.goto(siteUrl(`/${edition}statics/render/?step=${step}&format=${format}&theme=${theme}`));
  await page.waitForFunction((key) => document.documentElement.dataset.staticReady === key, `${step}/${format}/${theme}`, { timeout: 30_000 });
  return { page, errors };
}

describe('statics', () => {
  it('draws the Arabic portrait card, dark: 1080×1350, Arabic type and digits, right to left, nothing overlapping', async () => {
    const { page, errors } = await card('ar/', 'range', 'portrait', 'dark');
    expect(pngSize(await page.screenshot())).toEqual([1080, 1350]);
    const c = await inspect(page);
    expect(c.dir).toBe('rtl');
    expect(c.kickerFont).toContain('Noto Naskh Arabic');
    expect(c.fonts).toEqual(expect.arrayContaining(['Noto Naskh Arabic', 'Noto Sans Arabic']));
    expect(c.text).toMatch(/[\u0660-\u0669]/);
    expect(c.text).not.toMatch(/[0-9]/);
    // The kicker starts at the right edge.
    expect(c.kickerFromRight).toBeLessThan(c.kickerFromLeft);
    expect(luminance(c.background)).toBeLessThan(0.2);
    const m = await page.evaluate(measureFrame);
    expect(m.overlaps).toEqual([]);
    expect(m.outside).toEqual([]);
    expect(m.blank.to - m.blank.from).toBeLessThan((m.frame.bottom - m.frame.top) * CARD_MAX_BLANK);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws the English landscape card, light: 1200×630 in the story fonts, the text graphic whole', async () => {
    const { page, errors } = await card('', 'speed', 'landscape', 'light');
    expect(pngSize(await page.screenshot())).toEqual([1200, 630]);
    const c = await inspect(page);
    expect(c.dir).toBe('ltr');
    expect(c.kickerFont).toContain('Source Serif 4');
    expect(c.fonts).toEqual(expect.arrayContaining(['Source Serif 4', 'Source Sans 3']));
    expect(luminance(c.background)).toBeGreaterThan(0.8);
    expect(c.text).toContain('As of');
    const m = await page.evaluate(measureFrame);
    expect(m.overlaps).toEqual([]);
    expect(m.outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('prints a vector PDF 103 mm wide with its text as text, none under 7 pt', async () => {
    const { page, errors } = await card('', 'range', 'print', 'light');
    const c = await inspect(page);
    // 7 pt is 9.33 CSS px; the PDF is printed at 1 CSS px = 0.75 pt.
    expect(c.smallest).toBeGreaterThanOrEqual(7 / 0.75);
    const f = FORMATS.print;
    const pdf = await page.pdf({ width: `${f.css.width}px`, height: `${f.css.height}px`, margin: { top: 0, right: 0, bottom: 0, left: 0 }, printBackground: true, pageRanges: '1' });
    const file = join(tmp, 'range-print.pdf');
    writeFileSync(file, pdf);
    const media = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'))!;
    expect(Math.round(Number(media[1]))).toBe(292);
    // Text as text, in embedded fonts; no picture of the map.
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/Source/);
    expect(execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').length).toBe(2);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('The reach');
    expect(text).toContain('Source:');
    // Every word's box at least 7 pt tall (a word's box spans its font size and more).
    const heights = [...execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' }).matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map((w) => Number(w[2]) - Number(w[1]));
    expect(heights.length).toBeGreaterThan(10);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(7);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

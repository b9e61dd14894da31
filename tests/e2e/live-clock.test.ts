/**
 * The race clock keeps its place while its words change width: in Arabic «دقيقة واحدة» and
 * «دقيقتان» have no digit, «١٠ دقائق» has two, «ساعة و٣٧ دقيقة» more words. Scrolled to each
 * reading in real Chromium, the clock's box, its text's starting edge, its label and the race
 * below it stay where they are, and no reading is wider than the room the clock keeps for them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, scrollAndSync, storyPage, VIEWPORTS } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** The scroll position that puts the trigger line (60% down) `p` of the way through step `i`. */
const scrollYFor = (page: Page, i: number, p: number): Promise<number> =>
  page.evaluate(
    ([i, p]) => {
      const r = document.querySelectorAll('[data-step]')[i].getBoundingClientRect();
      return Math.max(0, window.scrollY + r.top + r.height * p - window.innerHeight * 0.6);
    },
    [i, p] as const
  );

/** Scroll to `y` and wait until the scroll engine has synced step `i` there. */
async function scrollTo(page: Page, i: number, y: number): Promise<void> {
  await scrollAndSync(page, i, y);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

interface Reading {
  text: string;
  minutes: number;
  /** [left, top, right, bottom] of each, rounded to 0.1 px. */
  value: number[];
  now: number[];
  label: number[];
  tracks: number[];
}

const read = (page: Page): Promise<Reading> =>
  page.$eval('.graphic .speed', (scene) => {
    const box = (s: string) => {
      const r = scene.querySelector(s)!.getBoundingClientRect();
      return [r.left, r.top, r.right, r.bottom].map((v) => Math.round(v * 10) / 10);
    };
    return {
      text: scene.querySelector('.clock .now')!.textContent!,
      minutes: Number(scene.querySelector('.clock')!.getAttribute('data-elapsed-min')),
      value: box('.clock-value'),
      now: box('.clock .now'),
      label: box('.clock-label'),
      tracks: box('.tracks')
    };
  });

/**
 * Scroll the race until its clock reads `minutes` as written (1, 10, 7.3 …), trying the pixels
 * around the aim. A phone's race step is short: a pixel of scroll is ~0.15 min there, so a reading
 * such as 1.0 may fall between two pixels and never show; then the reading at the aim is returned.
 */
async function clockNear(page: Page, step: number, end: number, minutes: number): Promise<Reading & { exact: boolean }> {
  const y0 = Math.round(await scrollYFor(page, step, minutes / end));
  let first: Reading | undefined;
  for (const dy of [0, -1, 1, -2, 2]) {
    await scrollTo(page, step, y0 + dy);
    const r = await read(page);
    first ??= r;
    const shown = r.minutes >= 10 ? Math.round(r.minutes) : Math.round(r.minutes * 10) / 10;
    if (shown === minutes) return { ...r, exact: true };
  }
  return { ...first!, exact: false };
}

/** Where the clock's parts are: each must stay put whatever it reads. */
const place = (r: Reading) => ({ value: r.value, start: r.now[2], top: r.now[1], label: r.label, tracks: r.tracks });

describe('the race clock in Arabic', () => {
  it('keeps its place from «دقيقة واحدة» to «١٠ دقائق» and past the hour, scrolled on a desktop', async () => {
    const { context, page, errors } = await storyPage(browser, VIEWPORTS.desktop, '/ar/');
    const step = await page.$$eval('[data-step]', (els) => els.findIndex((e) => e.getAttribute('data-step') === 'speed'));
    await scrollTo(page, step, await scrollYFor(page, step, 0.5));
    const end = Math.max(...(await page.$$eval('.graphic .speed .bars .bar', (els) => els.map((e) => Number(e.getAttribute('data-minutes'))))));
    const one = await clockNear(page, step, end, 1);
    const ten = await clockNear(page, step, end, 10);
    expect(one.text).toBe('دقيقة\u00a0واحدة');
    expect(ten.text).toBe('١٠\u00a0دقائق');
    // The words changed width …
    expect(Math.abs(one.now[2] - one.now[0] - (ten.now[2] - ten.now[0]))).toBeGreaterThan(5);
    // … and nothing moved: the clock's box, the edge its text starts from (the right, in Arabic), its label, the race below.
    for (const minutes of [2, 7.3, 45, Math.floor(end)]) {
      const r = await clockNear(page, step, end, minutes);
      expect(place(r), r.text).toEqual(place(one));
      expect(r.now[0], `${r.text} is wider than the clock's room`).toBeGreaterThanOrEqual(r.value[0] - 0.5);
    }
    expect(place(ten)).toEqual(place(one));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps its place on a phone, for what the scroll shows and for every label the clock can write', async () => {
    const { context, page, errors } = await storyPage(browser, VIEWPORTS.phone, '/ar/');
    const step = await page.$$eval('[data-step]', (els) => els.findIndex((e) => e.getAttribute('data-step') === 'speed'));
    await scrollTo(page, step, await scrollYFor(page, step, 0.5));
    const end = Math.max(...(await page.$$eval('.graphic .speed .bars .bar', (els) => els.map((e) => Number(e.getAttribute('data-minutes'))))));
    const readings = [];
    for (const minutes of [1, 2, 10, 45, Math.floor(end)]) readings.push(await clockNear(page, step, end, minutes));
    expect(readings.find((r) => r.text === '١٠\u00a0دقائق')).toBeDefined();
    for (const r of readings) expect(place(r), r.text).toEqual(place(readings[0]));
    // The digitless readings may fall between two pixels here: each label the clock keeps room for
    // («دقيقة واحدة», «دقيقتان» among them) is written into it in turn, where the scroll left it.
    const labels = await page.$$eval('.graphic .speed .clock .room', (els) => els.map((e) => e.textContent!));
    expect(labels).toContain('دقيقة\u00a0واحدة');
    expect(labels).toContain('دقيقتان');
    for (const label of labels) {
      await page.$eval('.graphic .speed .clock .now', (e, label) => (e.textContent = label), label);
      const r = await read(page);
      expect(place(r), label).toEqual(place(readings[0]));
      expect(r.now[0], `${label} is wider than the clock's room`).toBeGreaterThanOrEqual(r.value[0] - 0.5);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

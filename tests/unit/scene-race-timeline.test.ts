import { describe, expect, it } from 'vitest';
import { covered, elapsedMinutes } from '$lib/scenes/race';
import { axisEnd, daysBetween, monthTicks, timeFraction } from '$lib/scenes/timeline';
import { clockLabel } from '$lib/i18n/live';
import { dateFormats, numberStyle } from '$lib/i18n/intl';
import { liveWords } from '$lib/i18n/live-words';

const EN = liveWords('en-GB', numberStyle('en-GB', 'latn'), { km: '{n} km', m: '{n} m', min: '{n} min', hours_minutes: '{h} h {m} min', km_to_go: '{n} km to go' });
const AR = liveWords('ar', numberStyle('ar', 'arab'), { km: '{n} كم', m: '{n} م', min: '{n} دقيقة', hours_minutes: '{h} س {m} د', km_to_go: 'بقي {n} كم' });
import { machToKmh, minutesToCover, SPEED_OF_SOUND_MS } from '$lib/data/figures';

describe('time to target', () => {
  it('uses 340.3 m/s for Mach 1 at sea level', () => {
    expect(SPEED_OF_SOUND_MS).toBe(340.3);
    expect(machToKmh(2)).toBeCloseTo(2450.16, 2);
  });
  it.each([
    [2, 300, 7.35],
    [2, 120, 2.94],
    [2.5, 300, 5.88],
    [1, 300, 14.69],
    [2, 600, 14.69]
  ])('Mach %d over %d km takes %d min', (mach, km, min) => {
    expect(minutesToCover(km, machToKmh(mach))).toBeCloseTo(min, 2);
  });
  it.each([
    [185, 300, 97.3],
    [150, 300, 120],
    [200, 300, 90],
    [185, 120, 38.9]
  ])('a drone at %d km/h over %d km takes %d min', (kmh, km, min) => {
    expect(minutesToCover(km, kmh)).toBeCloseTo(min, 1);
  });
});

describe('the race clock', () => {
  const racers = [{ minutes: 7.35 }, { minutes: 97.3 }];
  it('runs until the slowest racer arrives', () => {
    expect(elapsedMinutes(0, racers)).toBe(0);
    expect(elapsedMinutes(1, racers)).toBeCloseTo(97.3);
    expect(elapsedMinutes(2, racers)).toBeCloseTo(97.3);
  });
  it('the missile has arrived when the drone has flown only ~7.6% of the way', () => {
    const t = elapsedMinutes(7.35 / 97.3, racers);
    expect(covered(t, racers[0])).toBeCloseTo(1, 9);
    expect(covered(t, racers[1])).toBeCloseTo(7.35 / 97.3, 9);
  });
  it('labels minutes and hours with the edition\'s unit words and digits', () => {
    // Every space is a no-break space: a clock never breaks over two lines.
    const nb = (s: string) => s.replace(/ /g, '\u00a0');
    expect(clockLabel(EN, 7.35)).toBe(nb('7.4 min'));
    expect(clockLabel(EN, 42.4)).toBe(nb('42 min'));
    expect(clockLabel(EN, 97.3)).toBe(nb('1 h 37 min'));
    expect(clockLabel(EN, 119.7)).toBe(nb('2 h 0 min'));
    expect(clockLabel(AR, 7.35)).toBe(nb('٧٫٤ دقيقة'));
    expect(clockLabel(AR, 97.3)).toBe(nb('١ س ٣٧ د'));
  });
});

describe('events on the time axis', () => {
  const since = '2023-11-19';
  const end = axisEnd('2024-08-21');
  it('ends on the first of the month after the last event', () => {
    expect(end).toBe('2024-09-01');
  });
  it.each([
    ['2023-11-19', 0],
    ['2024-02-18', 91 / 287],
    ['2024-03-06', 108 / 287],
    ['2024-06-12', 206 / 287],
    ['2024-08-21', 276 / 287]
  ])('%s sits at its share of the days since attacks.since', (date, f) => {
    expect(daysBetween(since, end)).toBe(287);
    expect(timeFraction(date, since, end)).toBeCloseTo(f, 6);
  });
  it('keeps events in date order along the axis', () => {
    const xs = ['2023-11-19', '2024-02-18', '2024-03-06', '2024-06-12', '2024-08-21'].map((d) => timeFraction(d, since, end));
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });
  it('ticks every third month, labelling the year on the first tick and in January', () => {
    const ticks = monthTicks(since, end, 3);
    expect(ticks).toEqual(['2024-01-01', '2024-04-01', '2024-07-01']);
    expect(ticks.map((t, i) => dateFormats('en-GB', 'latn').tick(t, i === 0))).toEqual(['Jan 2024', 'Apr', 'Jul']);
    expect(ticks.map((t, i) => dateFormats('ar', 'arab').tick(t, i === 0))).toEqual(['يناير ٢٠٢٤', 'أبريل', 'يوليو']);
  });
});

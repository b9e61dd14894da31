/**
 * Events at any count: where an attack may be (at sea from Suez to 60°E; drawn on the map to 52.5°E,
 * listed as off the map beyond), and the events step's layout for 0 to 60 generated events: names
 * that never meet, ticks that fit, the full list for screen readers.
 */
import { describe, expect, it } from 'vitest';
import { validateStoryText } from '$lib/data/validate';
import { parseStory, toView } from '$lib/server/story';
import { boxesMeet, estimateWidth, textBox, type Box } from '$lib/scenes/labels';
import { laneNames, laneY, mapNames, thinTicks, timelineMode } from '$lib/scenes/event-timeline';
import { edit, localeText, storyText, TODAY } from '../helpers/story-file';
import { generateEvents, localeWithEvents, storyWithEvents } from '../helpers/event-data';

/** story.yaml and en.yaml with one more event, `tutor`'s twin at (lat, lon). */
function withEventAt(lat: number, lon: number) {
  const story = edit(storyText(), '  - id: sounion\n', `  - id: extra\n    date: 2024-07-01\n    lat: ${lat}\n    lon: ${lon}\n  - id: sounion\n`);
  const en = edit(localeText('en'), '  sounion:\n', '  extra:\n    ship: Extra Ship\n    what: Bulk carrier hit\n  sounion:\n');
  return { story, en };
}
const lineOf = (text: string, find: string) => text.slice(0, text.indexOf(find)).split('\n').length;

describe('where an attack may be', () => {
  it('48.2°E in the Gulf of Aden is accepted and drawn on the events map, which grows to hold it', () => {
    const { story, en } = withEventAt(13.0, 48.2);
    expect(validateStoryText(story, TODAY).problems.filter((p) => p.severity === 'error')).toEqual([]);
    const view = toView(parseStory(story, en));
    const mark = view.geo.eventMarks.find((m) => m.id === 'extra')!;
    expect(mark).toBeDefined();
    const [x0, y0, x1, y1] = view.geo.views.events;
    expect(mark.x).toBeLessThan(x1);
    expect(mark.x).toBeGreaterThan(x0);
    expect(mark.y).toBeGreaterThan(y0);
    expect(mark.y).toBeLessThan(y1);
    expect(view.geo.views.events[2]).toBeGreaterThan(view.geo.views.redsea[2]);
    expect(view.events.find((e) => e.id === 'extra')!.offMap).toBe(false);
  });

  it('58°E in the Arabian Sea is accepted, kept off the map, and listed as off the map', () => {
    const { story, en } = withEventAt(14.0, 58.0);
    expect(validateStoryText(story, TODAY).problems.filter((p) => p.severity === 'error')).toEqual([]);
    const view = toView(parseStory(story, en));
    expect(view.geo.eventMarks.map((m) => m.id)).not.toContain('extra');
    expect(view.events.find((e) => e.id === 'extra')!.offMap).toBe(true);
    // The map keeps its Red Sea view: nothing it draws is east of the Red Sea view.
    expect(view.geo.views.events).toEqual(toView(parseStory()).geo.views.events);
    const list = view.steps.find((s) => s.state === 'events')!.list!;
    expect(list.items.find((t) => t.includes('Extra Ship'))).toMatch(/not on the map/);
    expect(list.items).toHaveLength(view.events.length);
  });

  it('a point on land is refused with its line', () => {
    const { story } = withEventAt(15.35, 44.2); // Sanaa
    const errors = validateStoryText(story, TODAY).problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].path).toMatch(/^events\[4\]/);
    expect(errors[0].message).toMatch(/on land/);
    expect(errors[0].line).toBe(lineOf(story, '  - id: extra'));
  });

  it('a ship in port is not on land, however the coast is simplified', () => {
    const { story } = withEventAt(14.83, 42.93); // Hodeidah's harbour
    expect(validateStoryText(story, TODAY).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('a point far outside (the Mediterranean, the Indian Ocean) is refused with its line', () => {
    for (const [lat, lon] of [[33.0, 30.0], [5.0, 70.0]]) {
      const { story } = withEventAt(lat, lon);
      const errors = validateStoryText(story, TODAY).problems.filter((p) => p.severity === 'error');
      expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/outside the seas from Suez to 60°E/)]);
      expect(errors[0].line).toBe(lineOf(story, '  - id: extra'));
    }
  });
});

describe('the events step at 0, 1, 5, 20 and 60 generated events', () => {
  const views = [0, 1, 5, 20, 60].map((n) => {
    const events = generateEvents(n);
    const story = storyWithEvents(events);
    expect(validateStoryText(story, TODAY).problems.filter((p) => p.severity === 'error')).toEqual([]);
    return { n, events, en: toView(parseStory(story, localeWithEvents(events, 'en'))), ar: toView(parseStory(story, localeWithEvents(events, 'ar', localeText('ar')), 'ar')) };
  });

  it('the generated data covers the Gulf of Aden, the Arabian Sea and events without a position', () => {
    const { en } = views.at(-1)!;
    expect(en.events.filter((e) => e.offMap).length).toBeGreaterThan(5);
    expect(Math.max(...en.geo.eventMarks.map((m) => m.x))).toBeGreaterThan(800); // past 51°E
  });

  it('every event is in the step list, for screen readers and pages without JavaScript', () => {
    for (const { n, en, ar } of views)
      for (const v of [en, ar]) expect(v.steps.find((s) => s.state === 'events')!.list!.items).toHaveLength(n);
  });

  it('rows while they leave the map most of the frame, one axis with marks beyond', () => {
    const s = { size: 13, row: 13 * 1.9 };
    expect(timelineMode(5, 506, s, true)).toBe('rows'); // a phone's 60% graphic
    expect(timelineMode(5, 341, s, true)).toBe('compact'); // 320×568
    expect(timelineMode(20, 800, s, true)).toBe('compact');
    expect(timelineMode(60, 1440, s, true)).toBe('compact');
  });

  it('names on the compact axis never meet one another or another name’s leader, and stay inside the width', () => {
    const s = { size: 13, row: 13 * 1.9 };
    for (const width of [296, 351, 744, 1900])
      for (const { en, ar } of views)
        for (const v of [en, ar]) {
          const x = (iso: string) => 12 + ((Date.parse(iso) - Date.parse(v.timeline.start)) / (Date.parse(v.timeline.end) - Date.parse(v.timeline.start))) * (width - 24);
          const marks = v.events.filter((e) => e.notable).map((e) => ({ id: e.id, x: x(e.date), name: e.ship! }));
          const placed = laneNames(marks, width, s, 80);
          const boxes = placed.map((p) => {
            const name = marks.find((m) => m.id === p.id)!.name;
            return textBox({ x: p.x, y: laneY(p.lane, Math.round(13 * 1.35), 13), anchor: 'middle' }, estimateWidth(name!, 13), 1, 13);
          });
          boxes.forEach((b, i) => {
            expect(b[0]).toBeGreaterThanOrEqual(0);
            expect(b[2]).toBeLessThanOrEqual(width);
            for (let j = i + 1; j < boxes.length; j++) expect(boxesMeet(b, boxes[j]), `${placed[i].id} × ${placed[j].id} at ${width}`).toBe(false);
            // No leader (from a higher lane) runs through this name.
            for (const [j, p] of placed.entries()) {
              const mx = marks.find((m) => m.id === p.id)!.x;
              if (j !== i && p.lane > placed[i].lane) expect(mx > b[0] - 1 && mx < b[2] + 1, `${placed[j].id}'s leader through ${placed[i].id}`).toBe(false);
            }
          });
          if (marks.length && width >= 744) expect(placed.length).toBeGreaterThan(0);
        }
  });

  it('map names never meet one another or a mark, and stay inside the frame', () => {
    for (const { en } of views) {
      const [x0, y0, x1, y1] = en.geo.views.events;
      const px = (x1 - x0) / 360; // a phone-wide map
      const rect: Box = [x0, y0, x1, y1];
      const names = mapNames(en.geo.eventMarks, undefined, { px, size: 13, dir: 'ltr', rect, all: false });
      const boxes = [...names.entries()].map(([id, l]) => textBox(l, estimateWidth(en.geo.eventMarks.find((m) => m.id === id)!.ship!, 13), px, 13, 'ltr'));
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(boxesMeet(boxes[i], boxes[j])).toBe(false);
      for (const b of boxes) expect(b[0] >= x0 && b[2] <= x1 && b[1] >= y0 && b[3] <= y1).toBe(true);
    }
  });

  it('tick labels are thinned until they fit the width, the first with its year, in both directions', () => {
    for (const [width, rtl] of [[296, false], [351, false], [1900, false], [296, true], [1900, true]] as const) {
      const { en } = views.at(-1)!;
      const f = (iso: string) => (Date.parse(iso) - Date.parse(en.timeline.start)) / (Date.parse(en.timeline.end) - Date.parse(en.timeline.start));
      const x = (iso: string) => 12 + (rtl ? 1 - f(iso) : f(iso)) * (width - 24);
      const shown = thinTicks(en.timeline.ticks, x, width, 13);
      expect(shown.length).toBeGreaterThan(1);
      expect(shown[0].label).toMatch(/\d{4}/);
      const spans = shown.map((t) => [t.x - estimateWidth(t.label, 13) / 2, t.x + estimateWidth(t.label, 13) / 2]);
      // Each label stays over its tick.
      shown.forEach((t, i) => {
        expect(x(t.date)).toBeGreaterThanOrEqual(spans[i][0]);
        expect(x(t.date)).toBeLessThanOrEqual(spans[i][1]);
      });
      spans.sort((a, b) => a[0] - b[0]).forEach(([l, r], i) => {
        expect(l).toBeGreaterThanOrEqual(0);
        expect(r).toBeLessThanOrEqual(width);
        if (i) expect(l).toBeGreaterThanOrEqual(spans[i - 1][1]);
      });
      if (width >= 1900) expect(shown).toHaveLength(en.timeline.ticks.length);
      if (width < 400) expect(shown.length).toBeLessThan(en.timeline.ticks.length);
    }
  });
});

describe('map names', () => {
  it('a name above its own ring is placed (its descenders may reach into the ring’s box), not dropped', () => {
    const marks = [{ id: 'a', x: 0, y: 0, ship: 'Galaxy Leader', label: 'above' as const, notable: true }];
    const names = mapNames(marks, undefined, { px: 1, size: 13, dir: 'ltr', rect: [-200, -200, 200, 200], all: false });
    expect(names.get('a')!.y).toBeLessThan(0); // above its mark, as story.yaml asks
  });
});

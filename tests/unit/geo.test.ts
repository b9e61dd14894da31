import { describe, expect, it } from 'vitest';
import { geoDistance } from 'd3';
import { distanceKm, EARTH_RADIUS_KM } from '$lib/geo/distance';
import { ringCoordinates, unionOutline } from '$lib/geo/rings';
import { clearOfCorner, fitRect, lerpRect } from '$lib/geo/projection';
import type { LatLon } from '$lib/data/schema';
import { parseStory } from '$lib/server/story';
import { storyText } from '../helpers/story-file';
import { computeCalc } from '$lib/data/figures';

const story = parseStory(storyText());
const at = (id: string): LatLon => {
  const p = story.places.find((x) => x.id === id)!;
  return [p.lat, p.lon];
};

describe('great-circle distances reproduce FACTS.md §4 (±1%)', () => {
  const facts: [string, number][] = [
    ['kamaran', 72], ['sanaa', 148], ['assab', 201], ['jizan', 236], ['bab_el_mandeb', 250],
    ['aden', 316], ['djibouti', 358], ['port_sudan', 811], ['jeddah', 843]
  ];
  it.each(facts)('Hodeidah → %s ≈ %d km', (id, km) => {
    expect(Math.abs(distanceKm(at('hodeidah'), at(id)) - km) / km).toBeLessThan(0.01);
  });
});

describe('distanceKm', () => {
  // Its own copy of d3's formula (called thousands of times per map): any drift would move the rings.
  it("is d3's geoDistance to the bit, on 5,000 seeded pairs of points anywhere on Earth", () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const point = (): LatLon => [rand() * 180 - 90, rand() * 360 - 180];
    for (let k = 0; k < 5000; k++) {
      const [a, b] = [point(), point()];
      expect(distanceKm(a, b)).toBe(geoDistance([a[1], a[0]], [b[1], b[0]]) * EARTH_RADIUS_KM);
    }
    expect(distanceKm([12, 43], [12, 43])).toBe(0);
  });
});

describe('range rings', () => {
  it.each([[300], [120], [800]])('every point of a %d km ring lies at that distance (±0.5%%)', (km) => {
    const center = at('hodeidah');
    const pts = ringCoordinates(center, km);
    expect(pts.length).toBeGreaterThan(90);
    for (const [lon, lat] of pts) expect(Math.abs(distanceKm(center, [lat, lon]) - km) / km).toBeLessThan(0.005);
  });

  it('draws a 300 km ring with chords that stay within 0.25 km of the circle (under a pixel at the closest zoom)', () => {
    const center = at('hodeidah');
    const pts = ringCoordinates(center, 300);
    for (let i = 1; i < pts.length; i++) {
      const mid: [number, number] = [(pts[i - 1][1] + pts[i][1]) / 2, (pts[i - 1][0] + pts[i][0]) / 2];
      expect(300 - distanceKm(center, mid)).toBeLessThan(0.25);
    }
  });

  it('the union outline keeps only points outside every other ring', () => {
    const centers = story.launch_points.map(at);
    const outline = unionOutline(centers, 300);
    expect(outline.coordinates.length).toBeGreaterThan(0);
    for (const line of outline.coordinates)
      for (const [lon, lat] of line) {
        const nearest = Math.min(...centers.map((c) => distanceKm(c, [lat, lon])));
        expect(nearest).toBeGreaterThan(300 * 0.995);
        expect(nearest).toBeLessThan(300 * 1.005);
      }
  });
});

describe('the union outline of the rings', () => {
  it('has no gap: every piece ends where another begins, on two rings at once', () => {
    const centers = story.launch_points.map(at);
    const { coordinates: pieces } = unionOutline(centers, 300);
    const ends = pieces.flatMap((line) => [line[0], line[line.length - 1]]);
    for (const [lon, lat] of ends) {
      // Within 50 m of another piece's end (the same crossing, or a ring's own closing point)…
      const meets = ends.filter(([x, y]) => distanceKm([lat, lon], [y, x]) < 0.05);
      expect(meets.length).toBeGreaterThanOrEqual(2);
      // …and, at a crossing, on the edge of two rings.
      const onEdge = centers.filter((c) => Math.abs(distanceKm(c, [lat, lon]) - 300) < 0.05);
      expect(onEdge.length).toBeGreaterThanOrEqual(1);
    }
    // The rings overlap: some piece ends are true crossings, on two rings.
    const crossings = ends.filter(([lon, lat]) => centers.filter((c) => Math.abs(distanceKm(c, [lat, lon]) - 300) < 0.05).length >= 2);
    expect(crossings.length).toBeGreaterThanOrEqual(2);
  });
});

describe('view rectangles', () => {
  it('fitRect keeps the rectangle inside and matches the aspect ratio', () => {
    const r = fitRect([0, 0, 100, 50], 390, 844);
    expect((r[2] - r[0]) / (r[3] - r[1])).toBeCloseTo(390 / 844, 5);
    expect(r[0]).toBeLessThanOrEqual(0);
    expect(r[2]).toBeGreaterThanOrEqual(100);
  });
  it('clearOfCorner keeps the view beside a box on the side lines start from (left, or right in RTL)', () => {
    const view: [number, number, number, number] = [0, 0, 100, 100];
    // A 400×300 frame, a 100×150 box in a top corner: beside it shows the view larger than below it.
    const screenX = (r: { rect: number[]; px: number }, x: number) => (x - r.rect[0]) / r.px;
    const left = clearOfCorner(view, 400, 300, [100, 150], 0, 'left');
    expect(screenX(left, 0)).toBeGreaterThanOrEqual(100 - 1e-9);
    const right = clearOfCorner(view, 400, 300, [100, 150], 0, 'right');
    expect(screenX(right, 100)).toBeLessThanOrEqual(300 + 1e-9);
    expect(right.px).toBeCloseTo(left.px, 9);
  });
  it('lerpRect interpolates and clamps', () => {
    expect(lerpRect([0, 0, 10, 10], [10, 10, 20, 20], 0.5)).toEqual([5, 5, 15, 15]);
    expect(lerpRect([0, 0, 10, 10], [10, 10, 20, 20], 2)).toEqual([10, 10, 20, 20]);
  });
});

describe('the deal map routes', () => {
  // An independent haversine (mean Earth radius 6,371 km), not the code under test.
  const haversine = ([la1, lo1]: LatLon, [la2, lo2]: LatLon) => {
    const r = Math.PI / 180;
    const a = Math.sin(((la2 - la1) * r) / 2) ** 2 + Math.cos(la1 * r) * Math.cos(la2 * r) * Math.sin(((lo2 - lo1) * r) / 2) ** 2;
    return 2 * 6371 * Math.asin(Math.sqrt(a));
  };
  const calc = computeCalc(story);

  it('Moscow → Sanaa direct is the great-circle distance (±0.5%)', () => {
    expect(Math.abs(calc.route_km - haversine(at('moscow'), at('sanaa'))) / calc.route_km).toBeLessThan(0.005);
  });
  it('the Iran step route is Moscow → Tehran → Sanaa, longer than the direct line', () => {
    const legs = haversine(at('moscow'), at('tehran')) + haversine(at('tehran'), at('sanaa'));
    expect(Math.abs(calc.route_via_tehran_km - legs) / legs).toBeLessThan(0.005);
    expect(calc.route_via_tehran_km).toBeGreaterThan(calc.route_km);
  });
});

/**
 * The map geometry as built for the page: ring radii, labelled distances, the lane at sea and
 * the Houthi-held coast on the coastline (checked against Natural Earth 1:10m land).
 */
import { describe, expect, it } from 'vitest';
import { geoContains, geoDistance } from 'd3';
// geoContains is kept for one cross-check of the planar test below.
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import land10 from 'world-atlas/land-10m.json';
import { parseStory } from '$lib/server/story';
import { buildGeometry } from '$lib/server/geometry';
import { withoutInverted } from '$lib/server/basemap';
import { pathPoints } from './path-points';
import { makeProjection } from '$lib/geo/projection';
import { distanceKm, EARTH_RADIUS_KM } from '$lib/geo/distance';
import type { LatLon } from '$lib/data/schema';
import { storyText } from '../helpers/story-file';

const story = parseStory(storyText());
const geo = buildGeometry(story);
const projection = makeProjection();
const at = (id: string): LatLon => {
  const p = story.places.find((x) => x.id === id)!;
  return [p.lat, p.lon];
};

/** The [x, y] vertices of an SVG path made of M/L/Z commands, one array per subpath. */
export function subpaths(d: string): [number, number][][] {
  return d.split('M').filter(Boolean).map((part) =>
    part.replace(/Z/g, '').split('L').map((xy) => xy.split(',').map(Number) as [number, number])
  );
}
const unproject = ([x, y]: [number, number]): LatLon => {
  const [lon, lat] = projection.invert!([x, y])!;
  return [lat, lon];
};

describe('range rings as drawn', () => {
  it.each(geo.rings.map((r) => r.id))('every vertex of the %s ring is range_km from it (±0.5%%)', (id) => {
    const ring = geo.rings.find((r) => r.id === id)!;
    const km = story.missile.range_km;
    const pts = subpaths(ring.d).flat();
    expect(pts.length).toBeGreaterThanOrEqual(90);
    for (const p of pts) expect(Math.abs(distanceKm(at(id), unproject(p)) - km) / km).toBeLessThan(0.005);
  });

  it('draws all rings with the same winding, so one nonzero-filled path is an even union', () => {
    const signs = subpaths(geo.rings.map((r) => r.d).join('')).map((pts) =>
      Math.sign(pts.reduce((s, [x, y], i) => {
        const [nx, ny] = pts[(i + 1) % pts.length];
        return s + x * ny - nx * y;
      }, 0))
    );
    expect(signs.length).toBe(story.launch_points.length);
    expect(new Set(signs).size).toBe(1);
  });

  it('the reach outline lies on the edge of the union (range_km from the nearest launch point)', () => {
    const km = story.missile.range_km;
    const centers = story.launch_points.map(at);
    for (const p of subpaths(geo.reachOutline).flat()) {
      const nearest = Math.min(...centers.map((c) => distanceKm(c, unproject(p))));
      expect(Math.abs(nearest - km) / km).toBeLessThan(0.006);
    }
  });
});

describe('labelled distances reproduce FACTS.md §4 (±1%)', () => {
  const facts: Record<string, number> = { bab_el_mandeb: 250, assab: 201, jizan: 236 };
  it.each(Object.entries(facts))('Hodeidah → %s ≈ %d km', (to, km) => {
    const d = geo.distances.find((x) => x.from === 'hodeidah' && x.to === to)!;
    expect(d, `distances has no hodeidah → ${to}`).toBeDefined();
    expect(Math.abs(d.km - km) / km).toBeLessThan(0.01);
  });
  it('the scale bar unit is about one projected unit per km near the strait', () => {
    expect(geo.unitsPerKm).toBeGreaterThan(0.95);
    expect(geo.unitsPerKm).toBeLessThan(1.05);
  });
});

describe('lane and coast against Natural Earth land', () => {
  const topo = land10 as unknown as Topology<{ land: GeometryCollection }>;
  // Only the polygons around the Red Sea: geoContains on the whole 1:10m world is slow.
  const all = withoutInverted(feature(topo, topo.objects.land));
  const near = (poly: GeoJSON.Position[][]) => poly[0].some(([lo, la]) => la > 10 && la < 23 && lo > 35 && lo < 48);
  const land: GeoJSON.MultiPolygon = {
    type: 'MultiPolygon',
    coordinates: all.features.flatMap((f) => (f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : [])).filter(near)
  };
  // Planar even-odd test in lon/lat: exact enough for Natural Earth's short edges, and far
  // faster than geoContains on the 1:10m Afro-Eurasia ring. A ray along a parallel meets only
  // edges that span its latitude: the edges spanning none of the band asked about are dropped
  // once (most of Afro-Eurasia's coast), not skipped for every point.
  const BAND: [number, number] = [10, 23];
  const edges = land.coordinates.flat().flatMap((ring) =>
    ring.flatMap((p, i) => {
      const q = ring[i === 0 ? ring.length - 1 : i - 1];
      return Math.max(p[1], q[1]) >= BAND[0] && Math.min(p[1], q[1]) <= BAND[1] ? [[p[0], p[1], q[0], q[1]]] : [];
    })
  );
  const onLand = ([lat, lon]: LatLon) => {
    if (lat < BAND[0] || lat > BAND[1]) throw new Error(`onLand covers latitudes ${BAND.join('–')}, not ${lat}`);
    let inside = false;
    for (const [xi, yi, xj, yj] of edges)
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    return inside;
  };

  it('the shipping lane stays at sea (sampled every ~2 km)', () => {
    const pts = story.shipping_lane.points;
    const wet: string[] = [];
    for (let i = 1; i < pts.length; i++) {
      const [a, b] = [pts[i - 1], pts[i]];
      const km = geoDistance([a[1], a[0]], [b[1], b[0]]) * EARTH_RADIUS_KM;
      const n = Math.ceil(km / 2);
      for (let k = 0; k <= n; k++) {
        const p: LatLon = [a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n];
        if (onLand(p)) wet.push(p.map((v) => v.toFixed(3)).join(', '));
      }
    }
    expect(wet, `lane points on land: ${wet.join(' | ')}`).toEqual([]);
  });

  it('each Houthi-coast point sits on the coast: land and sea both within 8 km', () => {
    for (const [lat, lon] of story.houthi_coast) {
      const around = Array.from({ length: 16 }, (_, i) => {
        const a = (i / 16) * 2 * Math.PI;
        const r = 8 / 111.2;
        return [lat + r * Math.sin(a), lon + (r * Math.cos(a)) / Math.cos((lat * Math.PI) / 180)] as LatLon;
      });
      const kinds = new Set([onLand([lat, lon]), ...around.map(onLand)]);
      expect(kinds.size, `${lat}, ${lon} is not on the coast`).toBe(2);
    }
  });

  it('the sprite drops inverted polygons but keeps real land', () => {
    const raw = feature(topo, topo.objects.land);
    const count = (f: typeof raw) => f.features.reduce((n, g) => n + (g.geometry.type === 'MultiPolygon' ? g.geometry.coordinates.length : 1), 0);
    expect(count(all)).toBeLessThan(count(raw));
    expect(count(all)).toBeGreaterThan(count(raw) - 5);
    expect(onLand(at('sanaa'))).toBe(true);
    expect(onLand([14.0, 42.0])).toBe(false); // mid Red Sea
    for (const p of [at('hodeidah'), at('assab'), [13.7, 42.72] as LatLon, [12.5, 43.3] as LatLon])
      expect(onLand(p)).toBe(geoContains(land, [p[1], p[0]]));
  });
});

describe('regional basemap', () => {
  // Built once for both tests (the whole sprite, as the build serves it, takes seconds).
  let sprite: string | undefined;
  const regionLand = async () => {
    const { buildBasemap } = await import('$lib/server/basemap');
    sprite ??= buildBasemap();
    return /<symbol id="land-region"[^>]*><path d="([^"]+)"/.exec(sprite)![1];
  };

  it('reaches past the view on both sides, so a frame up to 1.35:1 never shows land ending at a straight edge', async () => {
    const { widen } = await import('$lib/server/basemap');
    const { projectBounds } = await import('$lib/geo/projection');
    const { REGION_VIEW } = await import('$lib/server/geometry');
    const d = await regionLand();
    const xs = pathPoints(d).map((p) => p[0]);
    const r = projectBounds(makeProjection(), REGION_VIEW, 400);
    const wide = widen(r, 1.35);
    expect((wide[2] - wide[0]) / (wide[3] - wide[1])).toBeCloseTo(1.35, 5);
    // Land runs out to (within a km of) both sides of the widened box.
    expect(Math.min(...xs)).toBeLessThanOrEqual(wide[0] + 1);
    expect(Math.max(...xs)).toBeGreaterThanOrEqual(wide[2] - 1);
  }, 60_000); // the sprite is built once per process: whichever test comes first waits for it

  it('reaches above the view too, where the caption over a phone map pushes the view up', async () => {
    const { heighten, widen } = await import('$lib/server/basemap');
    const { projectBounds } = await import('$lib/geo/projection');
    const { REGION_VIEW } = await import('$lib/server/geometry');
    const d = await regionLand();
    const ys = pathPoints(d).map((p) => p[1]);
    const r = projectBounds(makeProjection(), REGION_VIEW, 400);
    const box = heighten(widen(r, 1.35), 0.06);
    expect(box[1]).toBeCloseTo(r[1] - 0.06 * (r[3] - r[1]), 5);
    // Northern Russia fills the top of the box: land reaches (within a km of) its upper edge.
    expect(Math.min(...ys)).toBeLessThanOrEqual(box[1] + 1);
    expect(Math.min(...ys)).toBeLessThan(r[1] - 1);
  }, 60_000);
});

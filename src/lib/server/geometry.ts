/** Build-time geometry: everything the maps draw, projected once, as small path strings. */
import { geoPath } from 'd3';
import type { Story, LatLon } from '$lib/data/schema';
import type { MapGeometry } from '$lib/types';
import { makeProjection, projectBounds, type Rect } from '$lib/geo/projection';
import { ringPolygon, unionOutline } from '$lib/geo/rings';
import { distanceKm } from '$lib/geo/distance';
import { EVENTS_MAP, inBounds } from '$lib/data/bounds';

/** The regional view: Moscow down to the Arabian Sea. */
export const REGION_VIEW = { south: 10, north: 58, west: 30, east: 64, label: 'region' };
/** The Red Sea view: Jizan to the Gulf of Aden. */
export const RED_SEA_VIEW = { south: 11.2, north: 17.4, west: 40.4, east: 45.6, label: 'red sea' };

const round = (n: number) => Math.round(n * 10) / 10;

/** [lat, lon] → projected [x, y], rounded to 0.1 unit (100 m). */
export function projectPoint(lat: number, lon: number): [number, number] {
  const p = makeProjection()([lon, lat])!;
  return [round(p[0]), round(p[1])];
}

/** The Red Sea view grown to hold the rings' union whole, with 15 km to spare (its north was cut off). */
function rangeView(redsea: number[], rings: [[number, number], [number, number]]): MapGeometry['views']['range'] {
  const m = 15;
  return [
    Math.min(redsea[0], rings[0][0] - m), Math.min(redsea[1], rings[0][1] - m),
    Math.max(redsea[2], rings[1][0] + m), Math.max(redsea[3], rings[1][1] + m)
  ].map(round) as MapGeometry['views']['range'];
}

/** Room around the events drawn on the events map, in units (≈ km): a ring and a short name. */
const EVENT_MARGIN = 60;

/**
 * The events map's view: the Red Sea view, grown to hold every event it draws (east to the Gulf of
 * Aden's 52.5°E) with EVENT_MARGIN to spare. Five events in the Red Sea keep today's view.
 */
export function eventsView(redsea: Rect, points: [number, number][]): Rect {
  const m = EVENT_MARGIN;
  return [
    Math.min(redsea[0], ...points.map((p) => p[0] - m)), Math.min(redsea[1], ...points.map((p) => p[1] - m)),
    Math.max(redsea[2], ...points.map((p) => p[0] + m)), Math.max(redsea[3], ...points.map((p) => p[1] + m))
  ].map(round) as Rect;
}

/** Whether an event is drawn on the events map: it has a position, inside EVENTS_MAP. */
export const onEventsMap = (e: { lat?: number; lon?: number }): e is { lat: number; lon: number } =>
  e.lat !== undefined && e.lon !== undefined && inBounds(EVENTS_MAP, e.lat, e.lon);

export function buildGeometry(story: Story): MapGeometry {
  const projection = makeProjection();
  const path = geoPath(projection).digits(1);
  const xy = projectPoint;
  const line = (pts: LatLon[]) => path({ type: 'LineString', coordinates: pts.map(([la, lo]) => [lo, la]) }) ?? '';
  const place = (id: string) => story.places.find((p) => p.id === id)!;
  const ll = (id: string): LatLon => [place(id).lat, place(id).lon];

  const centers = story.launch_points.map(ll);
  const km = story.missile.range_km;
  const rings = story.launch_points.map((id) => {
    const p = place(id);
    const [x, y] = xy(p.lat, p.lon);
    return { id, name: p.name, x, y, d: path(ringPolygon([p.lat, p.lon], km)) ?? '' };
  });

  // A 100 km east-west segment at the strait's latitude gives the scale bar's length.
  const a = projection([43.3, 13])!;
  const b = projection([43.3 + 100 / (111.32 * Math.cos((13 * Math.PI) / 180)), 13])!;
  const lanePts = story.shipping_lane.points;
  const labelAt = story.shipping_lane.label_at ?? lanePts[Math.floor(lanePts.length / 2) - 1];

  // Events beyond the map (the Arabian Sea, the northern Red Sea) are on the timeline and the list only.
  const eventMarks = story.events.flatMap((e) => {
    if (!onEventsMap(e)) return [];
    const [x, y] = xy(e.lat, e.lon);
    return [{ id: e.id, ship: e.ship, date: e.date, x, y, label: e.label ?? 'right', notable: e.notable ?? false }];
  });
  const redsea = projectBounds(projection, RED_SEA_VIEW);
  // The union of the rings is traced once (bisections at every crossing): the view and the path both need it.
  const reach = unionOutline(centers, km);

  return {
    views: {
      region: projectBounds(projection, REGION_VIEW).map(round) as MapGeometry['views']['region'],
      redsea: redsea.map(round) as MapGeometry['views']['redsea'],
      range: rangeView(redsea, geoPath(projection).bounds(reach)),
      events: eventsView(redsea, eventMarks.map((e) => [e.x, e.y]))
    },
    places: story.places.map((p) => {
      const [x, y] = xy(p.lat, p.lon);
      return {
        id: p.id, name: p.name, x, y, control: p.control, kind: p.kind,
        approximate: p.approximate ?? false,
        label: p.label ?? 'right',
        launch: story.launch_points.includes(p.id)
      };
    }),
    rings,
    reachOutline: path(reach) ?? '',
    houthiCoast: line(story.houthi_coast),
    lane: { label: story.shipping_lane.label, d: line(lanePts), labelAt: xy(labelAt[0], labelAt[1]) },
    distances: (story.distances ?? []).map(([from, to]) => ({
      from, to, km: distanceKm(ll(from), ll(to)), d: line([ll(from), ll(to)])
    })),
    eventMarks,
    routes: {
      direct: line([ll('moscow'), ll('sanaa')]),
      viaTehran: line([ll('moscow'), ll('tehran'), ll('sanaa')])
    },
    unitsPerKm: Math.hypot(b[0] - a[0], b[1] - a[1]) / 100
  };
}

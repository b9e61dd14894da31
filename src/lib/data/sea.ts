/**
 * Is a point on land? Natural Earth 1:50m land around EVENT_AREA (the 1:10m coast the map draws took
 * seconds to read), tested planar in lon/lat (even-odd): close enough with a 3 km margin, and far
 * faster than geoContains on the Afro-Eurasia ring. Built once, on the first question.
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { EVENT_AREA } from './bounds';

let edges: number[][] | undefined;

function landEdges(): number[][] {
  // Read, not imported: check:data bundles this file for Node, which wants JSON imports attributed.
  const file = createRequire(import.meta.url).resolve('world-atlas/land-50m.json');
  const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ land: GeometryCollection }>;
  const land = feature(topo, topo.objects.land);
  const band = [EVENT_AREA.south - 1, EVENT_AREA.north + 1];
  const polygons = land.features.flatMap((f) => (f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : []));
  // A ray along a parallel meets only edges that span its latitude: edges outside the band never can.
  return polygons.flat().flatMap((ring) =>
    ring.flatMap((p, i) => {
      const q = ring[i === 0 ? ring.length - 1 : i - 1];
      return Math.max(p[1], q[1]) >= band[0] && Math.min(p[1], q[1]) <= band[1] ? [[p[0], p[1], q[0], q[1]]] : [];
    })
  );
}

/** Whether (lat, lon), inside EVENT_AREA's latitudes, is on land. */
export function onLand(lat: number, lon: number): boolean {
  edges ??= landEdges();
  let inside = false;
  for (const [xi, yi, xj, yj] of edges) if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  return inside;
}

/**
 * On land and more than `km` from the sea in every direction (8 points around it): a ship in port
 * or just off a coast the 1:50m line simplifies is not refused.
 */
export function inland(lat: number, lon: number, km = 3): boolean {
  if (!onLand(lat, lon)) return false;
  const dLat = km / 111.2;
  const dLon = dLat / Math.cos((lat * Math.PI) / 180);
  for (let i = 0; i < 8; i++) {
    const a = (i / 8) * 2 * Math.PI;
    if (!onLand(lat + dLat * Math.sin(a), lon + dLon * Math.cos(a))) return false;
  }
  return true;
}

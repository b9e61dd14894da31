/**
 * The areas the maps cover (degrees). Places must fall in REGION; the lane and the Houthi coast in
 * RED_SEA. An event may be anywhere at sea in EVENT_AREA (Suez to the Arabian Sea); the events map
 * draws those in EVENTS_MAP (the Red Sea and the Gulf of Aden) and lists the rest as off the map.
 */
export interface Bounds {
  south: number;
  north: number;
  west: number;
  east: number;
  label: string;
}
export const REGION: Bounds = { south: 5, north: 62, west: 25, east: 65, label: 'the regional map (5–62°N, 25–65°E)' };
export const RED_SEA: Bounds = { south: 10, north: 23, west: 35, east: 48, label: 'the Red Sea map (10–23°N, 35–48°E)' };
export const EVENTS_MAP: Bounds = { south: 10, north: 23, west: 35, east: 52.5, label: 'the events map (10–23°N, 35–52.5°E)' };
export const EVENT_AREA: Bounds = { south: 5, north: 30.5, west: 32, east: 60, label: 'the seas from Suez to 60°E (5–30.5°N, 32–60°E)' };

export function inBounds(b: Bounds, lat: number, lon: number): boolean {
  return lat >= b.south && lat <= b.north && lon >= b.west && lon <= b.east;
}

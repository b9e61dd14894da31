/** The areas the maps cover (degrees). Places must fall in REGION; events and the lane in RED_SEA. */
export interface Bounds {
  south: number;
  north: number;
  west: number;
  east: number;
  label: string;
}
export const REGION: Bounds = { south: 5, north: 62, west: 25, east: 65, label: 'the regional map (5–62°N, 25–65°E)' };
export const RED_SEA: Bounds = { south: 10, north: 23, west: 35, east: 48, label: 'the Red Sea map (10–23°N, 35–48°E)' };

export function inBounds(b: Bounds, lat: number, lon: number): boolean {
  return lat >= b.south && lat <= b.north && lon >= b.west && lon <= b.east;
}

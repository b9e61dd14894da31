/** Mean Earth radius (km), the convention FACTS.md uses. Its own module so client code can use it without d3. */
export const EARTH_RADIUS_KM = 6371.0088;

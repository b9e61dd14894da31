import { base } from '$app/paths';

/** The prerendered basemap sprite (see src/routes/map.svg). Relative, so embeds and sub-paths work. */
export const mapSprite = (id: string): string => `${base}/map.svg#${id}`;

import { getContext, setContext } from 'svelte';
import { base } from '$app/paths';

/** The prerendered basemap sprite (see src/routes/map.svg). Relative, so embeds and sub-paths work. */
export const spriteFile = (): string => `${base}/map.svg`;
export const mapSprite = (id: string): string => `${spriteFile()}#${id}`;

const IN_DOCUMENT = Symbol('sprite in document');

/**
 * For the embed (call during its page's init): maps reference the sprite's symbols in the
 * document (`#land-detail`), which the page puts there itself (see $lib/embed/sprite.ts). In an
 * opaque-origin frame (a sandboxed oEmbed) Chromium refuses every external `<use>` outright, even
 * with CORS: SVG <use> has no CORS mode.
 */
export const useSpriteInDocument = (): void => void setContext(IN_DOCUMENT, true);

/** The href maker for the sprite's symbols in this tree (call during component init). */
export const spriteHref = (): ((id: string) => string) => (getContext(IN_DOCUMENT) ? (id) => `#${id}` : mapSprite);

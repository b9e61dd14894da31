/**
 * The embed layout's state, apart from its driver (embed.svelte.ts): the scrolly section holds one on
 * every page, but only the embed page loads the driver and the host messaging, and hands the driver
 * to the scrolly through context. The story page's readers never download them (~2 KB gzip).
 */
import { getContext, setContext } from 'svelte';
import type { ScrollyState } from './scrolly.svelte';

export type EmbedLayout = 'stacked' | 'embed';

/** What the embed layout needs to draw: its mode, the host viewport height, the graphic's offset. */
export class EmbedView {
  layout = $state<EmbedLayout>('stacked');
  hostVh = $state(0);
  hold = $state(0);
  /** The iframe's top in the host viewport (rounded) as last applied: a hook for tests. */
  hostTop = $state<number | null>(null);
}

/** Drives a scrolly's steps from the host's viewport messages; returns the teardown. */
export type EmbedDriver = (root: HTMLElement, state: ScrollyState, view: EmbedView) => () => void;

export const EMBED_DRIVER = Symbol('embed-driver');
/** For the embed page, above its scrolly. */
export const provideEmbedDriver = (start: EmbedDriver): void => void setContext(EMBED_DRIVER, start);
/** The driver an embed page provided, if any. */
export const embedDriver = (): EmbedDriver | undefined => getContext(EMBED_DRIVER);

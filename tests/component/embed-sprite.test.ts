/** The embed's sprite: fetched once and put in the document, where its maps' <use href="#…"> find it. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/svelte';
import { inlineSprite } from '$lib/embed/sprite';
import SpriteHrefProbe from './SpriteHrefProbe.svelte';

const SPRITE = '<svg xmlns="http://www.w3.org/2000/svg"><symbol id="land-detail"><path d="M0,0L1,1"/></symbol></svg>';

describe('the embed sprite in the document', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('fetches the sprite and puts its symbols, hidden, in the document (once)', async () => {
    const fetch = vi.fn(async () => new Response(SPRITE));
    vi.stubGlobal('fetch', fetch);
    document.body.innerHTML = '<main><svg><use href="#land-detail"></use></svg></main>';
    expect(await inlineSprite(document, 'http://story.example/map.svg')).toBe(true);
    expect(fetch).toHaveBeenCalledWith('http://story.example/map.svg');
    const holder = document.body.firstElementChild!;
    expect(holder.matches('svg[data-inline-sprite][aria-hidden="true"]')).toBe(true);
    expect(document.getElementById('land-detail')?.closest('svg[data-inline-sprite]')).toBe(holder);
    expect(await inlineSprite(document, 'http://story.example/map.svg')).toBe(false);
    expect(document.querySelectorAll('[data-inline-sprite]')).toHaveLength(1);
  });

  it('leaves the page alone when the sprite cannot be fetched or is not an SVG', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('nope', { status: 404 })));
    expect(await inlineSprite(document, 'http://story.example/map.svg')).toBe(false);
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch (CORS)'))));
    expect(await inlineSprite(document, 'http://story.example/map.svg')).toBe(false);
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html><body>login page</body></html>')));
    expect(await inlineSprite(document, 'http://story.example/map.svg')).toBe(false);
    expect(document.querySelector('[data-inline-sprite]')).toBeNull();
  });

  it('maps reference the external file on the page and symbols in the document under the embed', () => {
    const page = render(SpriteHrefProbe, { props: { inDocument: false } });
    expect(page.container.querySelector('use')?.getAttribute('href')).toMatch(/\/map\.svg#land-detail$/);
    page.unmount();
    const embed = render(SpriteHrefProbe, { props: { inDocument: true } });
    expect(embed.container.querySelector('use')?.getAttribute('href')).toBe('#land-detail');
  });
});

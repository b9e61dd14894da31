import { afterEach, describe, expect, it, vi } from 'vitest';
import { inlineSprite, inlineSpriteWhenOpaque } from '$lib/embed/sandbox';

const SPRITE = '<svg xmlns="http://www.w3.org/2000/svg"><symbol id="land-detail"><path d="M0,0L1,1"/></symbol></svg>';

function mountUses() {
  document.body.innerHTML = `<svg><use href="../map.svg#land-detail"></use><use href="#local"></use></svg>`;
  return [...document.querySelectorAll('use')];
}

const setOrigin = (origin: string) => Object.defineProperty(window, 'origin', { value: origin, configurable: true });

describe('sprite inlining in opaque-origin frames', () => {
  const realOrigin = window.origin;
  afterEach(() => {
    setOrigin(realOrigin);
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('does nothing in a normal origin', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const [use] = mountUses();
    inlineSpriteWhenOpaque()();
    expect(fetch).not.toHaveBeenCalled();
    expect(use.getAttribute('href')).toBe('../map.svg#land-detail');
  });

  it('fetches the sprite, inlines its symbols and points the uses at them', async () => {
    setOrigin('null');
    const fetch = vi.fn(async () => new Response(SPRITE));
    vi.stubGlobal('fetch', fetch);
    const [use, local] = mountUses();
    const stop = inlineSpriteWhenOpaque();
    await vi.waitFor(() => expect(use.getAttribute('href')).toBe('#land-detail'));
    expect(String(fetch.mock.calls[0]?.[0 as never])).toMatch(/\/map\.svg$/);
    expect(document.getElementById('land-detail')?.closest('svg[data-inline-sprite]')).not.toBeNull();
    expect(local.getAttribute('href')).toBe('#local');
    // A later render pointing back at the file is redirected too.
    use.setAttribute('href', '../map.svg#land-detail');
    await vi.waitFor(() => expect(use.getAttribute('href')).toBe('#land-detail'));
    stop();
  });

  it('leaves the page alone when the sprite cannot be fetched', async () => {
    const [use] = mountUses();
    vi.stubGlobal('fetch', vi.fn(async () => new Response('nope', { status: 404 })));
    expect(await inlineSprite(document, 'http://story.example/map.svg')).toBe(false);
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch (CORS)'))));
    expect(await inlineSprite(document, 'http://story.example/map.svg')).toBe(false);
    expect(use.getAttribute('href')).toBe('../map.svg#land-detail');
    expect(document.querySelector('[data-inline-sprite]')).toBeNull();
  });
});

/**
 * The embed draws its maps from sprite symbols in its own document (`<use href="#land-detail">`,
 * see useSpriteInDocument in $lib/paths): in an opaque-origin frame (sandbox="allow-scripts"
 * without allow-same-origin, as WordPress places unknown oEmbed providers) Chromium refuses every
 * external `<use href="…/map.svg#…">` ("Unsafe attempt to load URL"), CORS or not. So the embed
 * fetches the one sprite file (with CORS, as its scripts and fonts need there too; the page's
 * <link rel=preload> starts it early) and puts it in the document. Only our own file is inserted.
 */

/**
 * Fetch the sprite at `url` and put it, hidden, at the start of the body. Resolves false
 * (changing nothing) when it cannot be fetched or is not an SVG.
 */
export async function inlineSprite(doc: Document, url: string): Promise<boolean> {
  try {
    const r = await fetch(url);
    if (!r.ok) return false;
    const svg = new DOMParser().parseFromString(await r.text(), 'image/svg+xml').documentElement;
    if (svg.localName !== 'svg' || doc.querySelector('svg[data-inline-sprite]')) return false;
    const holder = doc.importNode(svg, true) as unknown as SVGSVGElement;
    holder.setAttribute('aria-hidden', 'true');
    holder.setAttribute('style', 'position:absolute;width:0;height:0;overflow:hidden');
    holder.dataset.inlineSprite = '';
    doc.body.prepend(holder);
    return true;
  } catch {
    // No CORS on the sprite in a sandbox, or offline: the maps go without a coastline; the story still reads.
    return false;
  }
}

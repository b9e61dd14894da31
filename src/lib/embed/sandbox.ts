/**
 * In an opaque-origin frame (sandbox="allow-scripts" without allow-same-origin, as WordPress
 * places unknown oEmbed providers) every load is cross-origin: `<use href="…/map.svg#land">`
 * is refused outright (SVG <use> has no CORS mode), so the maps would lose their coastline.
 * Here the embed fetches its own sprite (the CDN must send Access-Control-Allow-Origin, as it
 * must for the scripts to run at all), puts its symbols in the document, and points the uses at
 * them. Only our own file is inserted; nothing from a message.
 */
const SPRITE = /map\.svg#(.+)$/;

function pointAtInline(use: Element) {
  const m = SPRITE.exec(use.getAttribute('href') ?? '');
  if (m) use.setAttribute('href', `#${m[1]}`);
}

/**
 * Fetch the sprite at `url`, put it in the document and point every sprite <use> at it.
 * Resolves false (changing nothing) when it cannot be fetched, e.g. without CORS.
 */
export async function inlineSprite(doc: Document, url: string): Promise<boolean> {
  try {
    const r = await fetch(url);
    if (!r.ok) return false;
    const svg = new DOMParser().parseFromString(await r.text(), 'image/svg+xml').documentElement;
    if (svg.localName !== 'svg') return false;
    const holder = doc.importNode(svg, true) as unknown as SVGSVGElement;
    holder.setAttribute('aria-hidden', 'true');
    holder.setAttribute('style', 'position:absolute;width:0;height:0;overflow:hidden');
    holder.dataset.inlineSprite = '';
    doc.body.prepend(holder);
    doc.querySelectorAll('use').forEach(pointAtInline);
    return true;
  } catch {
    // No CORS on the sprite: the maps go without a coastline; the story still reads.
    return false;
  }
}

/** Inline the sprite when this document's origin is opaque; returns the teardown. */
export function inlineSpriteWhenOpaque(doc: Document = document): () => void {
  if (doc.defaultView?.origin !== 'null') return () => {};
  const first = [...doc.querySelectorAll('use')].find((u) => SPRITE.test(u.getAttribute('href') ?? ''));
  if (!first) return () => {};
  const url = new URL(first.getAttribute('href')!.replace(/#.*$/, ''), doc.baseURI).href;

  // Later renders (a scene change) set hrefs again: keep pointing them at the inline copy.
  const mo = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') pointAtInline(r.target as Element);
      else for (const n of r.addedNodes) if (n instanceof Element) [n, ...n.querySelectorAll('use')].forEach((u) => u.localName === 'use' && pointAtInline(u));
    }
  });

  let stopped = false;
  inlineSprite(doc, url).then((done) => {
    if (done && !stopped) mo.observe(doc.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['href'] });
  });
  return () => {
    stopped = true;
    mo.disconnect();
  };
}

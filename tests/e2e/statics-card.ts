/**
 * What the statics' card tests measure (statics.test.ts on today's data, statics-big-data.test.ts on
 * a generated one): the file's real size, the card's type, theme and start edge, and the limit on
 * an empty band in its graphic.
 */
import type { Page } from 'playwright-core';

/** Largest empty band a card's graphic may show, as a share of the graphic's height: never half of it empty. */
export const CARD_MAX_BLANK = 0.5;

/** Width and height of a PNG from its header. */
export const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

/** Relative luminance of the card's background ("rgb(r, g, b)"). */
export const luminance = (rgb: string) => {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
};

/** What the card shows: its text, the loaded font families, the smallest type, its background, its start edge. */
export const inspect = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('[data-static-card]')!;
    // The kicker's words, not its block (which spans the card).
    const words = document.createRange();
    words.selectNodeContents(el.querySelector('.kicker')!);
    const kicker = words.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    // The smallest type actually drawn, in CSS px: an SVG label's size times its scale on screen.
    let smallest = Infinity;
    for (const node of el.querySelectorAll('*')) {
      if (!node.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const own = [...node.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (!own) continue;
      const size = parseFloat(getComputedStyle(node).fontSize) * (node instanceof SVGGraphicsElement ? (node.getScreenCTM()?.a ?? 1) : 1);
      smallest = Math.min(smallest, size);
    }
    return {
      text: el.innerText,
      dir: document.documentElement.dir,
      fonts: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, '')),
      background: getComputedStyle(el).backgroundColor,
      kickerFont: getComputedStyle(el.querySelector('.kicker')!).fontFamily,
      kickerFromRight: box.right - kicker.right,
      kickerFromLeft: kicker.left - box.left,
      smallest
    };
  });

/**
 * The card's own words (site and date, kicker, caption, credit: all outside its graphic), line by
 * line: lines cut by the card's edge, lines over the graphic, and lines of two texts over one another
 * (the caption grows with its figures: "more than 2,000"). Heights are the 1.2 em band about each
 * line's middle, as measureFrame takes them. Passed to page.evaluate.
 */
export function measureCardWords(): { cut: string[]; overGraphic: string[]; overlaps: string[] } {
  const card = document.querySelector('[data-static-card]')!;
  const box = card.getBoundingClientRect();
  const graphic = card.querySelector('.graphic')!;
  const g = graphic.getBoundingClientRect();
  const lines: { owner: Node; what: string; left: number; right: number; top: number; bottom: number }[] = [];
  const walk = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
  for (let node = walk.nextNode(); node; node = walk.nextNode()) {
    if (!node.textContent?.trim() || graphic.contains(node)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const em = 1.2 * parseFloat(getComputedStyle(node.parentElement!).fontSize);
    for (const r of range.getClientRects()) {
      if (r.width < 1) continue;
      const h = Math.min(r.height, em);
      const top = r.top + (r.height - h) / 2;
      lines.push({ owner: node, what: `"${node.textContent.trim().slice(0, 30)}"`, left: r.left, right: r.right, top, bottom: top + h });
    }
  }
  const meet = (a: (typeof lines)[number], b: { left: number; right: number; top: number; bottom: number }) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > Math.min(a.bottom - a.top, b.bottom - b.top) / 3;
  const cut = lines.filter((l) => l.left < box.left - 1 || l.right > box.right + 1 || l.top < box.top - 1 || l.bottom > box.bottom + 1).map((l) => l.what);
  const overGraphic = lines.filter((l) => meet(l, g)).map((l) => l.what);
  const overlaps: string[] = [];
  for (let i = 0; i < lines.length; i++)
    for (let j = i + 1; j < lines.length; j++) if (lines[i].owner !== lines[j].owner && meet(lines[i], lines[j])) overlaps.push(`${lines[i].what} × ${lines[j].what}`);
  return { cut, overGraphic, overlaps };
}

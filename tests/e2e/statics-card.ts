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

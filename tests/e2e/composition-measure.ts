/**
 * What the visible graphic draws against its frame, measured in the page (passed to page.evaluate,
 * so self-contained): the vertical extent of every mark and word, every label's box, and, on a
 * map, the extent of the land it shows.
 */
export interface FrameMeasure {
  scene: string;
  frame: { top: number; bottom: number; left: number; right: number };
  /** Largest horizontal band with nothing drawn in it (frame's top and bottom edges included), px. */
  blank: { from: number; to: number };
  /** Labels outside the frame, and pairs of labels that overlap. */
  outside: string[];
  overlaps: string[];
  /** Labels a line marked `data-keep-clear` runs through (lines a label must not sit on). */
  crossed: string[];
  /** Sides of the frame the shown land layers do not reach (a map only; null elsewhere). */
  landShort: string[] | null;
}

/** `frame`: the graphic's box (the sticky graphic unless told, e.g. one step's inline frame). */
export function measureFrame(frame?: string | void): FrameMeasure {
  const graphic = document.querySelector(frame || '.graphic')!;
  const f = graphic.getBoundingClientRect();
  const stage = graphic.querySelector<HTMLElement>('.stage[data-scene]')!;
  const seen = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  const name = (el: Element, text = el.textContent ?? '') => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${text.trim().slice(0, 30)}"`;
  const frameArea = f.width * f.height;

  // Everything drawn: shapes in the SVGs, boxes with a fill or border, and lines of text.
  const spans: [number, number][] = [];
  const labels: { box: DOMRect; what: string; owner: Element }[] = [];
  const keep = (r: DOMRect) => r.width > 0.5 && r.height > 0.5 && r.bottom > f.top && r.top < f.bottom;
  for (const el of stage.querySelectorAll('*')) {
    if (!seen(el)) continue;
    const credit = !!el.closest('.credit');
    if (el instanceof SVGTextElement) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) labels.push({ box: r, what: name(el), owner: el });
      if (keep(r) && !credit) spans.push([r.top, r.bottom]);
    } else if (el instanceof SVGGraphicsElement && !(el instanceof SVGSVGElement) && !(el instanceof SVGGElement) && !el.closest('text')) {
      const r = el.getBoundingClientRect();
      if (keep(r)) spans.push([r.top, r.bottom]);
    } else if (el instanceof HTMLElement) {
      const s = getComputedStyle(el);
      const painted = (s.backgroundColor !== 'rgba(0, 0, 0, 0)' && s.backgroundColor !== 'transparent') || s.backgroundImage !== 'none' || parseFloat(s.borderTopWidth) > 0;
      const r = el.getBoundingClientRect();
      // A box as large as the frame is its background, not a mark.
      if (painted && keep(r) && r.width * r.height < 0.9 * frameArea && !credit) spans.push([r.top, r.bottom]);
      for (const node of el.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const line of range.getClientRects()) {
          if (line.width < 1) continue;
          labels.push({ box: line, what: name(el, node.textContent), owner: node as unknown as Element });
          if (keep(line) && !credit) spans.push([line.top, line.bottom]);
        }
      }
    }
  }

  spans.sort((a, b) => a[0] - b[0]);
  let reach = f.top;
  let blank = { from: f.top, to: f.top };
  for (const [top, bottom] of [...spans, [f.bottom, f.bottom] as [number, number]]) {
    if (top - reach > blank.to - blank.from) blank = { from: reach, to: Math.min(top, f.bottom) };
    reach = Math.max(reach, bottom);
  }

  const outside = labels
    .filter(({ box }) => box.left < f.left - 1 || box.right > f.right + 1 || box.top < f.top - 1 || box.bottom > f.bottom + 1)
    .map(({ what, box }) => `${what} at ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}`);
  // Two labels overlap when their boxes share more than a sliver: 2 px across and a third of the
  // shorter one's height (the boxes of text set solid touch or barely meet line to line). Heights are
  // the text's 1.2 em about the box's middle: a font's box can be far taller than its letters (Noto
  // Sans Arabic's is 2.1 em, for stacked marks; Source Sans 3's 1.4 em), and lines set 1.4 em apart
  // in Arabic read apart while their font boxes share 0.7 em.
  const elementOf = (owner: Element | Node) => (owner instanceof Element ? owner : owner.parentElement!);
  /** The band 1.2 em tall about the middle of a box `top`–`top + height` (never taller than the box). */
  const emBand = (owner: Element | Node, top: number, height: number) => {
    const em = Math.min(height, 1.2 * parseFloat(getComputedStyle(elementOf(owner)).fontSize));
    const from = top + (height - em) / 2;
    return { top: from, bottom: from + em, height: em };
  };
  const emBox = (l: (typeof labels)[number]) => emBand(l.owner, l.box.top, l.box.height);
  const overlaps: string[] = [];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i], b = labels[j];
      if (a.owner === b.owner) continue;
      const [ea, eb] = [emBox(a), emBox(b)];
      const w = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const h = Math.min(ea.bottom, eb.bottom) - Math.max(ea.top, eb.top);
      if (w > 2 && h > Math.min(ea.height, eb.height) / 3) overlaps.push(`${a.what} × ${b.what}`);
    }

  // Lines that must keep clear of labels: sampled every ~2 px on screen, against each label's box
  // (less a pixel all round: a halo's edge touching a line is not a crossing).
  const crossed: string[] = [];
  // HTML text on a box with its own background (the map's legend) covers the lines under it.
  const onPaintedBox = (owner: Element | Node) => {
    for (let el: Element | null = elementOf(owner); el && el !== stage; el = el.parentElement) {
      if (el instanceof SVGElement) return false;
      const bg = getComputedStyle(el).backgroundColor;
      if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return true;
    }
    return false;
  };
  // Each label once: its screen box, and SVG text (which may be rotated along a line) in its own
  // coordinates, with the same 1.2 em band as for overlaps.
  const clear = labels.filter(({ owner }) => !onPaintedBox(owner)).map(({ box, what, owner }) => {
    if (!(owner instanceof SVGTextElement)) return { box, what };
    const b = owner.getBBox();
    return { box, what, toText: owner.getScreenCTM()!.inverse(), local: { left: b.x, right: b.x + b.width, ...emBand(owner, b.y, b.height) } };
  });
  const inside = (x: number, y: number, r: { left: number; right: number; top: number; bottom: number }) =>
    x > r.left + 1 && x < r.right - 1 && y > r.top + 1 && y < r.bottom - 1;
  for (const line of stage.querySelectorAll<SVGGeometryElement>('[data-keep-clear]')) {
    if (!seen(line)) continue;
    const ctm = line.getScreenCTM();
    if (!ctm) continue;
    const length = line.getTotalLength();
    const step = 2 / Math.max(Math.hypot(ctm.a, ctm.b), 1e-6);
    const hit = new Set<string>();
    for (let at = 0; at <= length; at += step) {
      const onLine = line.getPointAtLength(at);
      const p = new DOMPoint(onLine.x, onLine.y).matrixTransform(ctm);
      for (const { box, what, toText, local } of clear) {
        if (!inside(p.x, p.y, box)) continue;
        if (toText && local) {
          const q = p.matrixTransform(toText);
          if (!inside(q.x, q.y, local)) continue;
        }
        hit.add(what);
      }
    }
    for (const what of hit) crossed.push(`${what} by ${line.tagName.toLowerCase()}.${[...line.classList].join('.')}`);
  }

  // Land: the shown land layers' union must reach every side of the frame (a side with only sea in
  // nature still counts: the geometry's extent then reaches past it).
  // The map's own frame is its SVG's box (the events map shares the frame with a timeline).
  const landUses = [...stage.querySelectorAll<SVGUseElement>('use.land')].filter(seen);
  let landShort: string[] | null = null;
  if (landUses.length) {
    const lands = landUses.map((u) => u.getBoundingClientRect());
    const m = landUses[0].ownerSVGElement!.getBoundingClientRect();
    const l = { left: Math.min(...lands.map((r) => r.left)), top: Math.min(...lands.map((r) => r.top)), right: Math.max(...lands.map((r) => r.right)), bottom: Math.max(...lands.map((r) => r.bottom)) };
    landShort = (['left', 'top', 'right', 'bottom'] as const).filter((side) =>
      side === 'left' || side === 'top' ? l[side] > m[side] + 1 : l[side] < m[side] - 1
    ).map((side) => `${side} (${Math.round(l[side])} vs ${Math.round(m[side])})`);
  }

  return {
    scene: `${stage.dataset.scene}:${stage.dataset.sceneState ?? ''}`,
    frame: { top: f.top, bottom: f.bottom, left: f.left, right: f.right },
    blank, outside, overlaps, crossed, landShort
  };
}

/** The kinds of marks the attacks' tally draws on screen now, and the kinds its key lists (both sorted). */
export function tallyKinds(frame?: string | void): { drawn: string[]; keyed: string[] } {
  const stage = document.querySelector(`${frame || '.graphic'} .stage[data-scene]`)!;
  const seen = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  const drawn = [...stage.querySelectorAll<SVGPathElement>('[data-mark-kind]')]
    .filter((p) => seen(p) && (p.getAttribute('d') ?? '') !== '' && p.getBBox().width > 0)
    .map((p) => p.dataset.markKind!);
  const keyed = [...stage.querySelectorAll<HTMLElement>('[data-key-kind]')].filter(seen).map((k) => k.dataset.keyKind!);
  return { drawn: [...new Set(drawn)].sort(), keyed: keyed.sort() };
}

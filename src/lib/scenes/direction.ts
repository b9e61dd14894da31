/**
 * Reading direction for graphics. Time and progress run in reading order (left to right in
 * English, right to left in Arabic); maps stay geographic. Scenes get the edition's `dir` and
 * place things through these functions, so no language is named anywhere in the drawing code.
 */
export type Dir = 'ltr' | 'rtl';

/** Physical position (0 = left edge, 1 = right edge) of a point `f` of the way along the reading direction. */
export function inlineX(f: number, dir: Dir): number {
  return dir === 'rtl' ? 1 - f : f;
}

/** The physical edge where reading (and a timeline, a race, a bar) starts. */
export function startEdge(dir: Dir): 'left' | 'right' {
  return dir === 'rtl' ? 'right' : 'left';
}

/**
 * The SVG text-anchor that puts a label's physical `edge` at its x. SVG anchors follow the text's
 * direction (inherited from <html dir>): "start" is the right end of right-to-left text.
 */
export function anchorAt(edge: 'left' | 'middle' | 'right', dir: Dir): 'start' | 'middle' | 'end' {
  if (edge === 'middle') return 'middle';
  return (edge === 'left') === (dir === 'ltr') ? 'start' : 'end';
}

/** Every point of an SVG path of M/m, L/l and z commands (the basemap sprite's), as absolute [x, y]. */
export function pathPoints(d: string): [number, number][] {
  const out: [number, number][] = [];
  let x = 0, y = 0, sx = 0, sy = 0;
  for (const [, cmd, a, b] of d.matchAll(/([MmLlZz])\s*(?:(-?[\d.]+)[\s,]*(-?[\d.]+))?/g)) {
    if (cmd === 'z' || cmd === 'Z') {
      [x, y] = [sx, sy];
      continue;
    }
    const rel = cmd === 'm' || cmd === 'l';
    x = (rel ? x : 0) + Number(a);
    y = (rel ? y : 0) + Number(b);
    if (cmd === 'm' || cmd === 'M') [sx, sy] = [x, y];
    out.push([x, y]);
  }
  return out;
}

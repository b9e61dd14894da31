/** "Did you mean …?" for misspelt keys, scene names and ids: the closest known word, if close enough. */

/** Edit distance (insert, delete, substitute, swap two neighbours). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * The known word closest to `word`, or undefined when nothing is plausibly meant
 * (allowed distance grows with length: 1 for short words, up to 3 for long ones).
 * Case, spaces and hyphens are forgiven: "Range-KM" → "range_km".
 */
export function didYouMean(word: string, known: readonly string[]): string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[\s-]+/g, '_');
  const w = norm(word);
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    if (k === word) return undefined;
    const d = norm(k) === w ? 0 : editDistance(w, norm(k));
    if (d < bestD) [best, bestD] = [k, d];
  }
  const allowed = Math.max(1, Math.min(3, Math.floor(w.length / 3)));
  return bestD <= allowed ? best : undefined;
}

/** ' — did you mean "speed"?' or '' */
export function hint(word: string, known: readonly string[]): string {
  const m = didYouMean(word, known);
  return m === undefined ? '' : ` — did you mean "${m}"?`;
}

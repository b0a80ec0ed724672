/**
 * The candidate a mistyped `name` most likely meant: the nearest by edit distance (insertions,
 * deletions, substitutions and swaps of two neighbours, case ignored), if it is near enough to be
 * a typo (at most 2 edits, and fewer than half the name). Undefined when nothing is that near.
 */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const typed = name.toLowerCase();
  const limit = Math.min(2, Math.ceil(typed.length / 2) - 1);
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(typed, candidate.toLowerCase());
    if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** Optimal string alignment distance: Levenshtein plus the swap of two adjacent characters. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return Number.POSITIVE_INFINITY;
  // The (a.length + 1) × (b.length + 1) table, filled row by row: each cell read is one written before.
  const width = b.length + 1;
  const cells: number[] = [];
  const at = (i: number, j: number) => cells[i * width + j] ?? Number.POSITIVE_INFINITY;
  for (let i = 0; i <= a.length; i++) {
    for (let j = 0; j <= b.length; j++) {
      if (i === 0 || j === 0) {
        cells.push(i + j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, at(i - 2, j - 2) + 1);
      cells.push(d);
    }
  }
  return at(a.length, b.length);
}

export interface RankedPosition {
  position: number;
  score: number;
}

/**
 * The `limit` best positions by score, highest first, ties broken by pattern id (as SQLite's
 * `ORDER BY score DESC, id` would), without sorting every candidate.
 */
export function topPositions(
  candidates: number[],
  limit: number,
  scoreOf: (position: number) => number,
  ids: string[],
): RankedPosition[] {
  const best: RankedPosition[] = [];
  if (limit < 1) return best;
  const outranks = (a: RankedPosition, b: RankedPosition) =>
    a.score > b.score || (a.score === b.score && ids[a.position] < ids[b.position]);
  for (const position of candidates) {
    const entry = { position, score: scoreOf(position) };
    if (best.length === limit) {
      if (!outranks(entry, best[limit - 1])) continue;
      best.pop();
    }
    let at = best.length;
    while (at > 0 && outranks(entry, best[at - 1])) at--;
    best.splice(at, 0, entry);
  }
  return best;
}

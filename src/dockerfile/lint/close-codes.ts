function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length];
}

const numberOf = (code: string) => Number(/\d+/.exec(code)?.[0] ?? Number.NaN);

/**
 * Known codes within two edits of `typed` (a typo such as DL3O08 or DL308), nearest first and,
 * among equally near ones, closest in number.
 */
export function closeCodes(typed: string, known: string[], limit = 5): string[] {
  const wanted = typed.trim().toUpperCase();
  return known
    .map((code) => ({
      code,
      distance: editDistance(wanted, code),
      gap: Math.abs(numberOf(code) - numberOf(wanted)),
    }))
    .filter((c) => c.distance <= 2)
    .sort((a, b) => a.distance - b.distance || (a.gap || 0) - (b.gap || 0) || a.code.localeCompare(b.code))
    .slice(0, limit)
    .map((c) => c.code);
}

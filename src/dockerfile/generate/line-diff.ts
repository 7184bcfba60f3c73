const MAX_DIFF_LINES = 400;

/** A unified-style diff (no hunks headers beyond one) from an LCS over lines; bounded in size. */
export function lineDiff(before: string, after: string, name: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out = [`--- ${name} (on disk)`, `+++ ${name} (generated)`];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push(` ${a[i]}`);
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
      out.push(`+${b[j++]}`);
    } else {
      out.push(`-${a[i++]}`);
    }
  }
  if (out.length > MAX_DIFF_LINES)
    return [...out.slice(0, MAX_DIFF_LINES), `... (${out.length - MAX_DIFF_LINES} more lines)`].join('\n');
  return out.join('\n');
}

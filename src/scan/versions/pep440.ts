/** PEP 440 ordering for Python packages: epoch, release, pre, post, dev and local segments. */

const pattern =
  /^v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\d+)?)?(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d+)?)?(?:[-_.]?(dev)[-_.]?(\d+)?)?(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?$/i;

const preRank: Record<string, number> = { a: 0, alpha: 0, b: 1, beta: 1, c: 2, rc: 2, pre: 2, preview: 2 };

type Key = [number, number[], number[], number, number, (number | string)[]];

function key(version: string): Key | undefined {
  const m = pattern.exec(version.trim());
  if (!m) return undefined;
  const release = m[2].split('.').map(Number);
  while (release.length > 1 && release[release.length - 1] === 0) release.pop();
  const hasPost = m[5] !== undefined || m[6] !== undefined;
  const hasDev = m[8] !== undefined;
  // A dev release of a final version sorts before its pre-releases.
  const pre = m[3] ? [preRank[m[3].toLowerCase()], Number(m[4] ?? 0)] : !hasPost && hasDev ? [-1, 0] : [3, 0];
  const post = hasPost ? Number(m[5] ?? m[7] ?? 0) : -1;
  const dev = hasDev ? Number(m[9] ?? 0) : Number.POSITIVE_INFINITY;
  const local = m[10]
    ? m[10]
        .toLowerCase()
        .split(/[-_.]/)
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part))
    : [];
  return [Number(m[1] ?? 0), release, pre, post, dev, local];
}

function compareNumbers(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff) return Math.sign(diff);
  }
  return 0;
}

/** Local segments: numbers sort above strings; a longer local version sorts above its prefix. */
function compareLocal(a: (number | string)[], b: (number | string)[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x !== typeof y) return typeof x === 'number' ? 1 : -1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

export function comparePep440(a: string, b: string): number {
  const left = key(a);
  const right = key(b);
  if (!left || !right) return a.localeCompare(b);
  return (
    Math.sign(left[0] - right[0]) ||
    compareNumbers(left[1], right[1]) ||
    compareNumbers(left[2], right[2]) ||
    Math.sign(left[3] - right[3]) ||
    (left[4] === right[4] ? 0 : left[4] < right[4] ? -1 : 1) ||
    compareLocal(left[5], right[5])
  );
}

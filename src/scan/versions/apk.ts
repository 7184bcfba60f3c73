/** Alpine (apk) version ordering: numbers, an optional letter, `_suffix[N]` parts, then `-rN`. */

const suffixRank: Record<string, number> = {
  alpha: -4,
  beta: -3,
  pre: -2,
  rc: -1,
  '': 0,
  cvs: 1,
  svn: 2,
  git: 3,
  hg: 4,
  p: 5,
};

interface ApkVersion {
  numbers: number[];
  letter: string;
  suffixes: { rank: number; number: number }[];
  revision: number;
}

function parse(version: string): ApkVersion | undefined {
  const match = /^(\d+(?:\.\d+)*)([a-z]?)((?:_[a-z]+\d*)*)(?:~[0-9a-f]+)?(?:-r(\d+))?$/.exec(version.trim());
  if (!match) return undefined;
  const suffixes = [...match[3].matchAll(/_([a-z]+)(\d*)/g)].map((s) => ({
    rank: suffixRank[s[1]] ?? 0,
    number: Number(s[2] || 0),
  }));
  return {
    numbers: match[1].split('.').map(Number),
    letter: match[2],
    suffixes,
    revision: Number(match[4] ?? 0),
  };
}

function compareLists<T>(a: T[], b: T[], missing: T, compare: (x: T, y: T) => number): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = compare(a[i] ?? missing, b[i] ?? missing);
    if (diff) return diff;
  }
  return 0;
}

export function compareApk(a: string, b: string): number {
  const left = parse(a);
  const right = parse(b);
  if (!left || !right) return a.localeCompare(b);
  return (
    compareLists(left.numbers, right.numbers, -1, (x, y) => Math.sign(x - y)) ||
    (left.letter === right.letter ? 0 : left.letter < right.letter ? -1 : 1) ||
    compareLists(left.suffixes, right.suffixes, { rank: 0, number: 0 }, (x, y) =>
      Math.sign(x.rank - y.rank || x.number - y.number),
    ) ||
    Math.sign(left.revision - right.revision)
  );
}

type Op = { kind: ' ' | '-' | '+'; text: string };

/** Above this many cells the changed middle is shown as one delete-then-add block. */
const MAX_LCS_CELLS = 4_000_000;

function lcsOps(before: string[], after: string[]): Op[] {
  if (before.length * after.length > MAX_LCS_CELLS) {
    return [
      ...before.map((text): Op => ({ kind: '-', text })),
      ...after.map((text): Op => ({ kind: '+', text })),
    ];
  }
  const width = after.length + 1;
  const table = new Uint32Array((before.length + 1) * width);
  for (let i = before.length - 1; i >= 0; i--)
    for (let j = after.length - 1; j >= 0; j--)
      table[i * width + j] =
        before[i] === after[j]
          ? table[(i + 1) * width + j + 1] + 1
          : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i] === after[j]) {
      ops.push({ kind: ' ', text: before[i++] });
      j++;
    } else if (
      j >= after.length ||
      (i < before.length && table[(i + 1) * width + j] >= table[i * width + j + 1])
    ) {
      ops.push({ kind: '-', text: before[i++] });
    } else {
      ops.push({ kind: '+', text: after[j++] });
    }
  }
  return ops;
}

function lineOps(before: string[], after: string[]): Op[] {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail++;
  const same = (lines: string[]) => lines.map((text): Op => ({ kind: ' ', text }));
  return [
    ...same(before.slice(0, head)),
    ...lcsOps(before.slice(head, before.length - tail), after.slice(head, after.length - tail)),
    ...same(before.slice(before.length - tail)),
  ];
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  return (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
}

const range = (start: number, count: number) => (count === 1 ? `${start}` : `${start},${count}`);

/**
 * A unified diff (as `diff -u` prints it) between two texts, with `context` unchanged lines
 * around each change; empty when the texts are equal.
 */
export function unifiedDiff(before: string, after: string, name: string, context = 3): string {
  if (before === after) return '';
  const ops = lineOps(splitLines(before), splitLines(after));
  const changed = ops.flatMap((op, index) => (op.kind === ' ' ? [] : [index]));
  const out = [`--- a/${name}`, `+++ b/${name}`];
  let cursor = 0;
  while (cursor < changed.length) {
    const start = Math.max(0, changed[cursor] - context);
    let end = changed[cursor];
    while (cursor < changed.length && changed[cursor] <= end + 2 * context) end = changed[cursor++];
    end = Math.min(ops.length - 1, end + context);
    const oldStart = ops.slice(0, start).filter((op) => op.kind !== '+').length + 1;
    const newStart = ops.slice(0, start).filter((op) => op.kind !== '-').length + 1;
    const hunk = ops.slice(start, end + 1);
    const oldCount = hunk.filter((op) => op.kind !== '+').length;
    const newCount = hunk.filter((op) => op.kind !== '-').length;
    out.push(
      `@@ -${range(oldCount ? oldStart : oldStart - 1, oldCount)} +${range(newCount ? newStart : newStart - 1, newCount)} @@`,
    );
    out.push(...hunk.map((op) => op.kind + op.text));
  }
  return `${out.join('\n')}\n`;
}

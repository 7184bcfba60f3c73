import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../../src/dockerfile/lint/unified-diff.js';

/** Rebuilds both sides from a diff with full context. */
function sidesOf(diff: string): { before: string[]; after: string[] } {
  const body = diff
    .split('\n')
    .slice(2, -1)
    .filter((line) => !line.startsWith('@@'));
  return {
    before: body.filter((l) => !l.startsWith('+')).map((l) => l.slice(1)),
    after: body.filter((l) => !l.startsWith('-')).map((l) => l.slice(1)),
  };
}

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('FROM a\n', 'FROM a\n', 'Dockerfile')).toBe('');
  });

  it('prints separate hunks with three lines of context and diff -u headers', () => {
    const before = `${Array.from({ length: 12 }, (_, i) => `L${i + 1}`).join('\n')}\n`;
    const after = before.replace('L2\n', 'two\n').replace('L11\n', '');
    expect(unifiedDiff(before, after, 'Dockerfile')).toBe(
      [
        '--- a/Dockerfile',
        '+++ b/Dockerfile',
        '@@ -1,5 +1,5 @@',
        ' L1',
        '-L2',
        '+two',
        ' L3',
        ' L4',
        ' L5',
        '@@ -8,5 +8,4 @@',
        ' L8',
        ' L9',
        ' L10',
        '-L11',
        ' L12',
        '',
      ].join('\n'),
    );
  });

  it('keeps every line of both sides, in order', () => {
    const text = (lines: string[]) => lines.map((line) => `${line}\n`).join('');
    const lines = fc.array(fc.constantFrom('FROM a', 'RUN b', 'USER c', 'CMD d', ''), { maxLength: 15 });
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const diff = unifiedDiff(text(a), text(b), 'x', 1000);
        if (text(a) === text(b)) return diff === '';
        const sides = sidesOf(diff);
        return text(sides.before) === text(a) && text(sides.after) === text(b);
      }),
    );
  });
});

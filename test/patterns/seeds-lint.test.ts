import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/dockerfile/lint/lint-text.js';
import { BUILTIN_PATTERNS } from '../../src/patterns/index.js';

describe.each(BUILTIN_PATTERNS.map((seed) => [seed.id, seed] as const))(
  'built-in pattern %s',
  (_id, seed) => {
    it('lints with no error or warning under our own rules, ShellCheck included', async () => {
      const { findings } = await lintText(seed.dockerfile);
      const serious = findings.filter(
        (finding) => finding.severity === 'error' || finding.severity === 'warning',
      );
      expect(serious.map((finding) => `${finding.code} line ${finding.line}: ${finding.message}`)).toEqual(
        [],
      );
    });
  },
);

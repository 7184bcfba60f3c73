import { beforeAll, describe, expect, it } from 'vitest';
import { defaultLintConfig } from '../../../src/dockerfile/lint/config.js';
import { lintDockerfile } from '../../../src/dockerfile/lint/engine.js';
import type { LintConfig } from '../../../src/dockerfile/lint/types.js';
import { initShellParser } from '../../../src/dockerfile/shell/parser.js';

export interface RuleCases {
  catches: string[];
  passes: string[];
  config?: Partial<LintConfig>;
}

/** Codes that fire on `dockerfile` with every rule on (off-by-default rules enabled). */
export function firedCodes(dockerfile: string, config: Partial<LintConfig> = {}): string[] {
  const full = defaultLintConfig({ ...config, override: { info: ['DL1001', 'DL3057'], ...config.override } });
  return lintDockerfile(dockerfile, { config: full }).map((f) => f.code);
}

/** One-line catches / passes cases for one rule, in the style of hadolint's specs. */
export function ruleCases(code: string, cases: RuleCases): void {
  describe(code, () => {
    beforeAll(() => initShellParser());
    for (const dockerfile of cases.catches) {
      it(`catches ${JSON.stringify(dockerfile)}`, () =>
        expect(firedCodes(dockerfile, cases.config)).toContain(code));
    }
    for (const dockerfile of cases.passes) {
      it(`passes ${JSON.stringify(dockerfile)}`, () =>
        expect(firedCodes(dockerfile, cases.config)).not.toContain(code));
    }
  });
}

import { beforeAll, describe, expect, it } from 'vitest';
import { defaultLintConfig } from '../../../src/dockerfile/lint/config.js';
import { lintDockerfile } from '../../../src/dockerfile/lint/engine.js';
import type { Finding, LintConfig } from '../../../src/dockerfile/lint/types.js';
import { initShellParser } from '../../../src/dockerfile/shell/parser.js';

export interface RuleCases {
  /** `[line, dockerfile]`: the rule must report a finding on that (1-based) line. */
  catches: [number, string][];
  passes: string[];
  config?: Partial<LintConfig>;
}

/** Findings on `dockerfile` with every rule on (off-by-default rules enabled). */
export function findingsWithAllRules(dockerfile: string, config: Partial<LintConfig> = {}): Finding[] {
  const full = defaultLintConfig({ ...config, override: { info: ['DL1001', 'DL3057'], ...config.override } });
  return lintDockerfile(dockerfile, { config: full });
}

/** One-line catches / passes cases for one rule, in the style of hadolint's specs. */
export function ruleCases(code: string, cases: RuleCases): void {
  describe(code, () => {
    beforeAll(() => initShellParser());
    for (const [line, dockerfile] of cases.catches) {
      it(`catches ${JSON.stringify(dockerfile)} on line ${line}`, () => {
        const lines = findingsWithAllRules(dockerfile, cases.config)
          .filter((f) => f.code === code)
          .map((f) => f.line);
        expect(lines).toContain(line);
      });
    }
    for (const dockerfile of cases.passes) {
      it(`passes ${JSON.stringify(dockerfile)}`, () =>
        expect(findingsWithAllRules(dockerfile, cases.config).map((f) => f.code)).not.toContain(code));
    }
  });
}

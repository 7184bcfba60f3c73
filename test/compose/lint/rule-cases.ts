import { describe, expect, it } from 'vitest';
import { lintProject } from '../../../src/compose/lint/index.js';
import { loadProject } from '../../../src/compose/load.js';
import { tempTree } from '../../helpers/temp-tree.js';

export interface ComposeRuleCases {
  /** `[line, path, compose.yaml]`: the rule must report `path` on that (1-based) line. */
  catches: [number, string, string][];
  passes: string[];
  /** Variables for interpolation (the .env Compose would read). */
  env?: Record<string, string>;
}

/** Loads `compose.yaml` text and returns `path@line` for each finding of `code`. */
async function reported(code: string, yaml: string, env: Record<string, string>): Promise<string[]> {
  const { project, findings } = await loadProject({ workingDir: tempTree({ 'compose.yaml': yaml }), env });
  if (findings.length)
    throw new Error(`test file is not valid: ${findings.map((f) => f.message).join('; ')}`);
  return lintProject(project)
    .filter((f) => f.code === code)
    .map((f) => `${f.path}@${f.line}`);
}

/** One-line catches / passes cases for one Compose rule, like the Dockerfile rule cases. */
export function composeRuleCases(code: string, cases: ComposeRuleCases): void {
  describe(code, () => {
    for (const [line, path, yaml] of cases.catches) {
      it(`catches ${path} on line ${line} of ${JSON.stringify(yaml)}`, async () =>
        expect(await reported(code, yaml, cases.env ?? {})).toContain(`${path}@${line}`));
    }
    for (const yaml of cases.passes) {
      it(`passes ${JSON.stringify(yaml)}`, async () =>
        expect(await reported(code, yaml, cases.env ?? {})).toEqual([]));
    }
  });
}

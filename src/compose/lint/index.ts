import type { ComposeFinding, ComposeProject } from '../model.js';
import { locate } from '../yaml-source.js';
import type { ComposeRule } from './rule.js';
import { composeRules } from './rules/index.js';

export type { ComposeRule } from './rule.js';
export { composeRules } from './rules/index.js';

export interface LintOptions {
  /** Rule codes to skip (also read from the file's top-level `x-dockwright: { ignore: [...] }`). */
  ignore?: string[];
  rules?: ComposeRule[];
}

function ignoredInFile(raw: Record<string, unknown>): string[] {
  const settings = raw['x-dockwright'] as { ignore?: unknown } | undefined;
  return Array.isArray(settings?.ignore) ? settings.ignore.map(String) : [];
}

/** Runs the Compose lint rules over a loaded project; findings carry file and line. */
export function lintProject(
  project: Pick<ComposeProject, 'model' | 'raw' | 'interpolatedPaths' | 'sourceMap'>,
  options: LintOptions = {},
): ComposeFinding[] {
  const ignored = new Set([...(options.ignore ?? []), ...ignoredInFile(project.raw)]);
  const findings: ComposeFinding[] = [];
  for (const rule of options.rules ?? composeRules) {
    if (ignored.has(rule.code)) continue;
    for (const hit of rule.check(project)) {
      const where = locate(project.sourceMap, hit.path);
      findings.push({
        code: rule.code,
        severity: rule.severity,
        path: hit.path,
        message: hit.message,
        file: where?.file,
        line: where?.line,
      });
    }
  }
  return findings;
}

import { ToolError } from '../errors.js';
import type { AllowFlags } from '../security/allow-flags.js';
import type { Workspace } from '../workspace.js';
import type { ComposeFinding, ComposeProject } from './model.js';
import { normaliseModel } from './normalise.js';
import { hostFileViolations } from './policy-host-files.js';
import { privilegeViolations } from './policy-privileges.js';
import type { PolicyViolation } from './policy-rules.js';
import { locate } from './yaml-source.js';

type PolicyProject = Pick<ComposeProject, 'model' | 'raw' | 'workingDir' | 'home' | 'sourceMap'>;

/**
 * Security: a compose file is a list of containers to start, so its resolved model (after
 * .env, interpolation, `~`, include and extends) passes the same gate as container_run, for
 * every key through which a host file, device or namespace reaches the engine. Each
 * violation names its key, file and line, and the start-up flag that would allow it.
 */
export function composePolicyFindings(
  project: PolicyProject,
  allow: AllowFlags,
  workspace: Workspace,
  fromEngine: PolicyViolation[] = [],
): (ComposeFinding & { refusal: ToolError['code']; flag: string })[] {
  // Security: services switched off by profile are checked too: naming one on the command
  // line (compose_up's `services`) starts it.
  const input = { project: { ...project, model: normaliseModel(project.raw, project.model.name) }, allow };
  const violations = [...hostFileViolations(input, workspace), ...privilegeViolations(input), ...fromEngine];
  return violations.map((violation) => {
    const where = locate(project.sourceMap, violation.path);
    return {
      code: 'policy',
      severity: 'error',
      path: violation.path,
      message: `${violation.path}: ${violation.reason}`,
      file: where?.file,
      line: where?.line,
      refusal: violation.code,
      flag: violation.flag,
    };
  });
}

/**
 * Throws REFUSED (or PATH_OUTSIDE_WORKSPACE) naming every key the server's flags do not
 * allow; `fromEngine` adds what only the engine knows (volumes that already exist).
 */
export function enforceComposePolicy(
  project: PolicyProject,
  allow: AllowFlags,
  workspace: Workspace,
  fromEngine: PolicyViolation[] = [],
): void {
  const findings = composePolicyFindings(project, allow, workspace, fromEngine);
  if (!findings.length) return;
  const lines = findings.slice(0, 8).map((f) => `${f.file ?? '?'}:${f.line ?? '?'} ${f.message}`);
  const flags = [...new Set(findings.map((f) => f.flag).filter(Boolean))].join(', ');
  throw new ToolError(
    findings[0].refusal,
    `Refused: the compose project asks for what this server does not allow:\n${lines.join('\n')}`,
    `Change those keys (paths inside the workspace, no host namespaces or devices)${flags ? `, or restart dockwright with ${flags} if the user really wants it` : ''}.`,
  );
}

import type { ComposeModel, ComposeService, Severity } from '../model.js';

/** What a rule sees: the normalised model, the merged data (for paths), and which values were `${VAR}`s. */
export interface LintInput {
  model: ComposeModel;
  raw: Record<string, unknown>;
  interpolatedPaths: Set<string>;
}

export interface RuleHit {
  path: string;
  message: string;
}

/** One Compose lint rule: its code, severity and documentation are data; the check is a pure function. */
export interface ComposeRule {
  code: string;
  severity: Severity;
  title: string;
  /** Why it matters. */
  rationale: string;
  /** What to change. */
  fix: string;
  check(input: LintInput): RuleHit[];
}

/** Runs `check` for each service and prefixes paths with `services.NAME`. */
export function eachService(
  input: LintInput,
  check: (service: ComposeService, name: string, at: string) => RuleHit[] | RuleHit | undefined,
): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const [name, service] of Object.entries(input.model.services)) {
    const result = check(service, name, `services.${name}`);
    if (Array.isArray(result)) hits.push(...result);
    else if (result) hits.push(result);
  }
  return hits;
}

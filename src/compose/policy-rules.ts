import type { AllowFlags } from '../security/allow-flags.js';
import type { Refusal } from '../security/mount-policy.js';
import type { ComposeProject } from './model.js';

/** One key of a compose project that the server's flags do not allow, at a `services.web.x` path. */
export interface PolicyViolation extends Refusal {
  path: string;
}

/** What each policy check sees. */
export interface PolicyInput {
  project: Pick<ComposeProject, 'model' | 'raw' | 'workingDir' | 'home'>;
  allow: AllowFlags;
}

export function violation(path: string, reason: string, flag: string): PolicyViolation {
  return { code: 'REFUSED', path, reason, flag };
}

export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

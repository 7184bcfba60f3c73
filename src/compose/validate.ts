import { lintProject } from './lint/index.js';
import { type LoadOptions, loadProject } from './load.js';
import type { ComposeFinding, ComposeProject } from './model.js';
import { ComposeFileError } from './yaml-source.js';

export interface ValidationReport {
  valid: boolean;
  project?: ComposeProject;
  /** Schema and reference errors (the file is not valid Compose). */
  errors: ComposeFinding[];
  /** Lint findings and warnings such as unset variables (the file is valid but risky). */
  findings: ComposeFinding[];
}

/**
 * Validates a compose project against the specification and lints it, with no engine and
 * no Compose CLI. Lint runs only on a valid project, so its rules can trust the model.
 */
export async function validateCompose(
  options: LoadOptions & { ignore?: string[] } = {},
): Promise<ValidationReport> {
  try {
    const { project, findings } = await loadProject(options);
    if (findings.length) return { valid: false, project, errors: findings, findings: project.warnings };
    return {
      valid: true,
      project,
      errors: [],
      findings: [...project.warnings, ...lintProject(project, { ignore: options.ignore })],
    };
  } catch (error) {
    if (!(error instanceof ComposeFileError)) throw error;
    const { file, line, path = '' } = error.location;
    return {
      valid: false,
      errors: [{ code: 'syntax', severity: 'error', path, message: error.message, file, line }],
      findings: [],
    };
  }
}

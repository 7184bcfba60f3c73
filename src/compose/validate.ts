import { lintProject } from './lint/index.js';
import { type LoadOptions, loadProject } from './load.js';
import type { ComposeFinding, ComposeProject } from './model.js';
import { ComposeFileError, locate } from './yaml-source.js';

export interface ValidationReport {
  valid: boolean;
  project?: ComposeProject;
  /** Schema and reference errors (the file is not valid Compose). */
  errors: ComposeFinding[];
  /** Lint findings and warnings such as unset variables (the file is valid but risky). */
  findings: ComposeFinding[];
}

/** A project with no service at all (an empty file, `services:` with nothing under it) runs nothing. */
function missingServices(project: ComposeProject): ComposeFinding[] {
  const services = project.raw.services;
  if (services && typeof services === 'object' && Object.keys(services).length > 0) return [];
  const empty = Object.keys(project.raw).length === 0;
  const where = locate(project.sourceMap, empty ? '' : 'services');
  const [path, message] = empty
    ? [
        '',
        'The compose file is empty: it defines no services. Add one under "services:" (a name, then image: or build:).',
      ]
    : [
        'services',
        'The project defines no services: "services:" is missing or empty. Add one (a name, then image: or build:).',
      ];
  return [
    {
      code: 'schema',
      severity: 'error',
      path,
      message,
      file: where?.file ?? project.files[0],
      line: where?.line,
    },
  ];
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
    findings.push(...missingServices(project));
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

import type { DockerEngine } from '../engine/types.js';
import { ToolError } from '../errors.js';
import type { ComposeCli, ComposeFlavour, ComposeTarget } from '../exec/compose.js';
import type { Workspace } from '../workspace.js';
import { writeCheckedFile } from './checked-file.js';
import { formatComposeFinding } from './format-finding.js';
import { type LoadOptions, loadProject } from './load.js';
import type { ComposeProject } from './model.js';
import type { ServiceReadiness } from './readiness.js';

/** What up, down and restart are given: the engine, the Compose CLI to prefer, progress callbacks. */
export interface OrchestrationDeps {
  engine: DockerEngine;
  cli?: ComposeCli;
  prefer?: ComposeFlavour;
  signal?: AbortSignal;
  onProgress?: (change: ServiceReadiness, readyCount: number, total: number) => void;
  onCliLine?: (line: string) => void;
  /** Asks the user (MCP callers); without it, as from the CLI, the user is the one acting. */
  confirm?: (action: string) => Promise<void>;
  /** Where engine-side builds may read (MCP callers); the CLI's user may build any context of the project. */
  workspace?: Workspace;
}

/** Loads and validates the project, refusing to hand an invalid file to the CLI. */
export async function loadValidProject(options: LoadOptions): Promise<ComposeProject> {
  const { project, findings } = await loadProject(options);
  if (findings.length) {
    const first = findings.slice(0, 5).map(formatComposeFinding);
    throw new ToolError(
      'INVALID_ARGUMENT',
      `The compose project is not valid:\n${first.join('\n')}`,
      'Fix these (compose_validate lists every problem), then retry.',
    );
  }
  return project;
}

export function targetOf(
  project: ComposeProject,
  options: Pick<LoadOptions, 'envFiles' | 'env'>,
): ComposeTarget {
  return {
    env: options.env,
    projectName: project.name,
    files: project.files,
    projectDir: project.workingDir,
    envFiles: options.envFiles,
    profiles: project.activeProfiles,
  };
}

/**
 * Runs `use` with the CLI target for the project as it was checked (checked-file.ts): the CLI
 * reads that one file, not the project's files again; the file is removed afterwards.
 * `labels` are added to every service.
 */
export async function withCheckedTarget<T>(
  project: ComposeProject,
  options: Pick<LoadOptions, 'envFiles' | 'env'>,
  use: (target: ComposeTarget) => Promise<T>,
  labels: Record<string, string> = {},
): Promise<T> {
  const checked = await writeCheckedFile(project, labels);
  try {
    return await use({ ...targetOf(project, options), files: [checked.file] });
  } finally {
    await checked.remove();
  }
}

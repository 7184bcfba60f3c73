import { isCreatedByDockwright } from '../containers/ownership.js';
import type { ContainerSummary, DockerEngine } from '../engine/types.js';
import { type ComposeCli, type ComposeTarget, runCompose } from '../exec/compose.js';
import { PROJECT_LABEL } from './status.js';

/** The project's containers as they stand, and those of them dockwright did not create. */
export async function projectOwnership(
  engine: DockerEngine,
  projectName: string,
): Promise<{ existing: ContainerSummary[]; foreign: ContainerSummary[] }> {
  const existing = await engine.listContainers({
    all: true,
    filters: { label: [`${PROJECT_LABEL}=${projectName}`] },
  });
  return { existing, foreign: existing.filter((c) => !isCreatedByDockwright(c.labels)) };
}

/**
 * A cancelled up leaves nothing behind: a project that did not exist before is taken down,
 * otherwise only the containers this call created are removed.
 */
export async function removeWhatThisCallStarted(
  engine: DockerEngine,
  cli: ComposeCli,
  target: ComposeTarget,
  before: ContainerSummary[],
): Promise<boolean> {
  if (!before.length) {
    const down = await runCompose(cli, target, { name: 'down' }, { timeoutMs: 120_000 });
    return down.exitCode === 0;
  }
  const known = new Set(before.map((c) => c.id));
  const { existing } = await projectOwnership(engine, target.projectName);
  for (const container of existing.filter((c) => !known.has(c.id)))
    await engine.removeContainer(container.id, { force: true });
  return true;
}

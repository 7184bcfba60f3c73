import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { CREATED_BY_LABEL } from '../containers/format.js';
import { isCreatedByDockwright } from '../containers/ownership.js';
import type { ContainerSummary, DockerEngine } from '../engine/types.js';
import { type ComposeCli, type ComposeTarget, runCompose } from '../exec/compose.js';
import type { ComposeProject } from './model.js';
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
 * An extra Compose file that labels every service's containers as dockwright's, so that a
 * later call can tell its own projects from those started by docker compose.
 */
export async function ownLabelOverride(
  project: ComposeProject,
): Promise<{ file: string; remove(): Promise<void> }> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'dockwright-compose-'));
  const file = path.join(folder, 'dockwright.labels.yaml');
  const services = Object.fromEntries(
    Object.keys(project.model.services).map((name) => [
      name,
      { labels: { [CREATED_BY_LABEL]: 'dockwright' } },
    ]),
  );
  await writeFile(file, stringify({ services }), { mode: 0o600 });
  return { file, remove: () => rm(folder, { recursive: true, force: true }) };
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

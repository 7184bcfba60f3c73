import type { DockerEngine } from '../engine/types.js';
import { CREATED_BY_LABEL } from './format.js';

export function isCreatedByDockwright(labels: Record<string, string> | undefined): boolean {
  return labels?.[CREATED_BY_LABEL] === 'dockwright';
}

/**
 * Security: acting on a container dockwright did not create (by its labels) needs the
 * user's confirmation; dockwright's own containers are the model's to manage.
 */
export async function confirmIfForeignContainer(
  engine: DockerEngine,
  confirm: (action: string) => Promise<void>,
  container: string,
  action: string,
): Promise<void> {
  const details = await engine.inspectContainer(container);
  if (isCreatedByDockwright(details.labels)) return;
  await confirm(`${action} "${details.name}" (image ${details.image}), which dockwright did not create`);
}

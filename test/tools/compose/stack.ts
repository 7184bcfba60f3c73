import path from 'node:path';
import { composeDown } from '../../../src/compose/down.js';
import { requireEngine, requireImage } from '../../helpers/docker.js';
import { REPO_ROOT } from '../../helpers/mcp.js';

/** The app + db + cache fixture (busybox:latest stand-ins), as a workspace-relative dir. */
export const STACK_DIR = 'test/compose/fixtures/projects/stack';
export const NEVER_HEALTHY_DIR = 'test/compose/fixtures/projects/never-healthy';

export function uniqueProject(prefix: string): string {
  return `dwtest-${prefix}-${process.pid}-${Math.random().toString(36).slice(2, 7)}`;
}

export async function prepare(): Promise<void> {
  await requireEngine();
  await requireImage('busybox:latest');
}

/** Removes a test project by its label, volumes included. */
export async function removeProject(projectName: string): Promise<void> {
  await composeDown({ engine: await requireEngine() }, { projectName, volumes: true, timeoutSeconds: 1 });
}

export const stackFile = path.join(REPO_ROOT, STACK_DIR, 'compose.yaml');

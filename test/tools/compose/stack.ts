import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { composeDown } from '../../../src/compose/down.js';
import { requireEngine, requireImage } from '../../helpers/docker.js';
import { connectInMemory, REPO_ROOT, type TestClient } from '../../helpers/mcp.js';

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

/** What compose_ps returns, as the tests read it. */
export interface PsResult {
  project: string;
  services: {
    service: string;
    readiness: string;
    containers: {
      health?: string;
      memoryLimitBytes?: number;
      cpus?: number;
      restarts: number;
      ports: string[];
    }[];
  }[];
}

/**
 * Brings the stack fixture up (through compose_up) before the file's tests and removes it
 * after them; the returned object's `mcp` is the connected client.
 */
export function useRunningStack(prefix: string): { projectName: string; mcp: TestClient } {
  const state = { projectName: uniqueProject(prefix), mcp: undefined as unknown as TestClient };
  beforeAll(async () => {
    await prepare();
    state.mcp = await connectInMemory();
    await state.mcp.ok('compose_up', { dir: STACK_DIR, projectName: state.projectName, timeoutSeconds: 90 });
  }, 120_000);
  afterAll(async () => {
    await state.mcp?.close();
    await removeProject(state.projectName);
  });
  return state;
}

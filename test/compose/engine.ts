import { connectEngine } from '../../src/engine/index.js';
import type { DockerEngine } from '../../src/engine/types.js';

/** The real engine for tests; fails loudly (never skips) when none is reachable. */
export async function realEngine(): Promise<DockerEngine> {
  const engine = await connectEngine();
  try {
    await engine.facts();
  } catch (error) {
    throw new Error(`No Docker Engine reachable (${String(error)}). Start one: bash scripts/test-env.sh`);
  }
  return engine;
}

/** A project name no other test run uses. */
export function uniqueProject(prefix: string): string {
  return `dwtest-${prefix}-${process.pid}-${Date.now().toString(36)}`;
}

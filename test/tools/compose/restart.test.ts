import { describe, expect, it } from 'vitest';
import { STACK_DIR, useRunningStack } from './stack.js';

describe('compose_restart (MCP, real engine)', () => {
  const stack = useRunningStack('restart');

  it('compose_restart restarts a service and waits until it is healthy again', async () => {
    const out = await stack.mcp.ok<{
      ok: boolean;
      readiness: { service: string; detail: string }[];
      elapsedMs: number;
    }>('compose_restart', {
      dir: STACK_DIR,
      projectName: stack.projectName,
      services: ['db'],
      timeoutSeconds: 60,
    });
    expect(out.ok).toBe(true);
    expect(out.readiness).toEqual([{ service: 'db', readiness: 'ready', detail: 'running, healthy' }]);
    expect(out.elapsedMs).toBeGreaterThan(2500);
  }, 90_000);
});

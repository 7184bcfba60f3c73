import { describe, expect, it } from 'vitest';
import { type PsResult, STACK_DIR, useRunningStack } from './stack.js';

describe('compose_down (MCP, real engine)', () => {
  const stack = useRunningStack('down');

  it('compose_down needs confirmation, then leaves nothing with the project label', async () => {
    expect(
      await stack.mcp.fails('compose_down', {
        dir: STACK_DIR,
        projectName: stack.projectName,
        removeVolumes: true,
      }),
    ).toMatch(/confirm/i);
    const out = await stack.mcp.ok('compose_down', {
      dir: STACK_DIR,
      projectName: stack.projectName,
      removeVolumes: true,
      timeoutSeconds: 1,
      confirm: true,
    });
    expect(out).toMatchObject({
      ok: true,
      method: 'cli-v1',
      removedVolumes: true,
      leftovers: { containers: [], networks: [], volumes: [] },
    });
    const ps = await stack.mcp.ok<PsResult>('compose_ps', { projectName: stack.projectName });
    expect(ps.services).toEqual([]);
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { deployStack, STACK_LABEL } from '../../../src/compose/swarm.js';
import { requireImage } from '../../helpers/docker.js';
import { connectInMemory, REPO_ROOT } from '../../helpers/mcp.js';
import { SWARM_DIR, uniqueStack, withOneNodeSwarm } from './swarm.js';

describe('stack_remove (MCP, one-node Swarm)', () => {
  it('asks for confirmation, then removes services, containers and networks', async () => {
    await requireImage('busybox:latest');
    await withOneNodeSwarm(async ({ engine }) => {
      const stack = uniqueStack('rm');
      const mcp = await connectInMemory();
      try {
        const deployed = await deployStack(
          { engine },
          { workingDir: `${REPO_ROOT}/${SWARM_DIR}`, env: {}, stackName: stack, timeoutMs: 120_000 },
        );
        expect(deployed.ok).toBe(true);
        expect(await mcp.fails('stack_remove', { stack })).toMatch(/confirm/i);
        const out = await mcp.ok('stack_remove', { stack, confirm: true });
        expect(out).toMatchObject({
          stack,
          ok: true,
          leftovers: { services: [], containers: [], networks: [] },
        });
        const filters = { label: [`${STACK_LABEL}=${stack}`] };
        expect(await engine.listContainers({ all: true, filters })).toEqual([]);
      } finally {
        await mcp.call('stack_remove', { stack, confirm: true });
        await mcp.close();
      }
    });
  }, 240_000);
});

import { describe, expect, it } from 'vitest';
import { deployStack, removeStack } from '../../../src/compose/swarm.js';
import { requireEngine } from '../../helpers/docker.js';
import { connectInMemory, REPO_ROOT, withClient } from '../../helpers/mcp.js';
import { uniqueStack, withOneNodeSwarm } from './swarm.js';

describe('stack_status (MCP)', () => {
  it('says how to start a swarm when the engine is not in one', async () => {
    // The engine the other tests share: the Swarm tests never change its swarm state.
    const engine = await requireEngine();
    await withClient(connectInMemory(), async (mcp) => {
      if ((await engine.facts()).swarm === 'inactive') {
        expect(await mcp.fails('stack_status', { stack: 'anything' })).toMatch(
          /not in a Swarm.*\n.*docker swarm init/,
        );
      } else {
        expect(
          (await mcp.ok<{ services: unknown[] }>('stack_status', { stack: uniqueStack('none') })).services,
        ).toEqual([]);
      }
    });
  });

  it('reports a service that does not converge and the task errors behind it', async () => {
    await withOneNodeSwarm(async ({ engine }) => {
      const stack = uniqueStack('broken');
      const mcp = await connectInMemory();
      try {
        const deployed = await deployStack(
          { engine },
          {
            workingDir: `${REPO_ROOT}/test/compose/fixtures/projects/swarm-broken`,
            env: {},
            stackName: stack,
            timeoutMs: 4000,
          },
        );
        expect(deployed).toMatchObject({ ok: false, outcome: 'timeout' });
        let status = await mcp.ok<{
          converged: boolean;
          services: { running: number; desired: number }[];
          problems: { error: string }[];
        }>('stack_status', { stack });
        for (let i = 0; i < 20 && status.problems.length === 0; i++) {
          await new Promise((r) => setTimeout(r, 500));
          status = await mcp.ok('stack_status', { stack });
        }
        expect(status.converged).toBe(false);
        expect(status.services[0]).toMatchObject({ running: 0, desired: 1 });
        expect(status.problems[0].error).toMatch(/No such image|not found|does not exist/i);
      } finally {
        await removeStack(engine, stack, 60_000);
        await mcp.close();
      }
    });
  }, 180_000);
});

import { describe, expect, it } from 'vitest';
import { requireImage } from '../../helpers/docker.js';
import { connectInMemory } from '../../helpers/mcp.js';
import { SWARM_DIR, uniqueStack, withOneNodeSwarm } from './swarm.js';

interface Deployed {
  ok: boolean;
  services: { name: string; running: number; desired: number }[];
  ignored: { service: string; key: string }[];
}

describe('stack_deploy, stack_status, stack_remove (MCP, one-node Swarm)', () => {
  it('deploys a two-service stack, waits for convergence, reports it and removes it', async () => {
    await requireImage('busybox:latest');
    await withOneNodeSwarm(async () => {
      const mcp = await connectInMemory();
      const stack = uniqueStack('deploy');
      try {
        const out = await mcp.ok<Deployed>('stack_deploy', {
          dir: SWARM_DIR,
          stack,
          timeoutSeconds: 120,
        });
        expect(out.ok).toBe(true);
        expect(out.services).toEqual([
          expect.objectContaining({ name: `${stack}_web`, running: 2, desired: 2, mode: 'replicated' }),
          expect.objectContaining({ name: `${stack}_worker`, running: 1, desired: 1 }),
        ]);
        expect(out.ignored).toEqual([
          expect.objectContaining({ service: 'web', key: 'depends_on' }),
          expect.objectContaining({ service: 'web', key: 'restart' }),
        ]);
        const status = await mcp.ok<{ converged: boolean; services: unknown[] }>('stack_status', { stack });
        expect(status.converged).toBe(true);
        expect(status.services).toHaveLength(2);
        const removed = await mcp.ok('stack_remove', { stack, confirm: true });
        expect(removed).toMatchObject({
          ok: true,
          leftovers: { services: [], containers: [], networks: [] },
        });
      } finally {
        await mcp.call('stack_remove', { stack, confirm: true });
        await mcp.close();
      }
    });
  }, 240_000);
});

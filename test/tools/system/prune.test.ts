import { describe, expect, it } from 'vitest';
import { requireEngine, uniqueName } from '../../helpers/docker.js';
import { connectInMemory } from '../../helpers/mcp.js';

describe('system_prune (real engine)', () => {
  it('prunes only what carries the given label and leaves everything else', async () => {
    const docker = await requireEngine();
    const mark = uniqueName('dw-prune');
    const other = uniqueName('dw-keep');
    const ours = await docker.createContainer({ image: 'busybox:latest', labels: { 'dw.prune': mark } });
    const theirs = await docker.createContainer({ image: 'busybox:latest', labels: { 'dw.keep': other } });
    const mcp = await connectInMemory();
    try {
      expect(await mcp.fails('system_prune', { label: [`dw.prune=${mark}`] })).toMatch(
        /CONFIRMATION_REQUIRED/,
      );
      const out = await mcp.ok<{ removed: Record<string, number>; scope: string }>('system_prune', {
        kinds: ['containers'],
        label: [`dw.prune=${mark}`],
        confirm: true,
      });
      expect(out.removed.containers).toBe(1);
      expect(out.scope).toContain(mark);
      await expect(docker.inspectContainer(ours)).rejects.toThrow();
      expect((await docker.inspectContainer(theirs)).state.status).toBe('created');
    } finally {
      await docker.removeContainer(theirs, { force: true });
      await mcp.close();
    }
  });
});

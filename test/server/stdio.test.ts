import { describe, expect, it } from 'vitest';
import { allTools } from '../../tools/index.js';
import { connectStdio, withClient } from '../helpers/mcp.js';

describe('the dockwright bin over stdio', () => {
  it('lists every tool with its description and annotations matching its kind', async () => {
    await withClient(connectStdio(), async (mcp) => {
      expect(mcp.client.getServerVersion()?.name).toBe('dockwright');
      const { tools } = await mcp.client.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual(allTools.map((t) => t.name).sort());
      for (const listed of tools) {
        const tool = allTools.find((t) => t.name === listed.name)!;
        expect(listed.description).toBe(tool.description);
        expect(listed.annotations?.readOnlyHint ?? false).toBe(tool.kind === 'read');
        if (tool.kind !== 'read')
          expect(listed.annotations?.destructiveHint).toBe(tool.kind === 'destructive');
      }
    });
  });

  it('--read-only lists only read tools and refuses the others by name', async () => {
    await withClient(connectStdio(['serve', '--read-only']), async (mcp) => {
      const { tools } = await mcp.client.listTools();
      const expected = allTools.filter((t) => t.kind === 'read').map((t) => t.name);
      expect(tools.map((t) => t.name).sort()).toEqual(expected.sort());
      expect(await mcp.fails('container_run', { image: 'busybox:latest' })).toMatch(
        /disabled by this server configuration/,
      );
    });
  });

  it('--toolsets limits the list to the named groups', async () => {
    await withClient(connectStdio(['--toolsets', 'system,container']), async (mcp) => {
      const { tools } = await mcp.client.listTools();
      expect(new Set(tools.map((t) => t.name.split('_')[0]))).toEqual(new Set(['system', 'container']));
    });
  });

  it('rejects invalid arguments with the field and the reason', async () => {
    await withClient(connectStdio(), async (mcp) => {
      const text = await mcp.fails('container_logs', { container: 'x', tail: -4 });
      expect(text).toMatch(/INVALID_ARGUMENT.*tail/s);
    });
  });
});

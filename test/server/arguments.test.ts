import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_ALLOWANCES } from '../../src/mcp/config.js';
import { connectInMemory, type TestClient } from '../helpers/mcp.js';

let mcp: TestClient;
beforeAll(async () => {
  mcp = await connectInMemory();
});
afterAll(() => mcp.close());

describe('tool arguments (through an MCP client)', () => {
  it('refuses an unknown argument and names the valid ones, instead of running on the defaults', async () => {
    const detect = await mcp.fails('project_detect', { path: 'test' });
    expect(detect).toContain('[INVALID_ARGUMENT]');
    expect(detect).toContain('"path"');
    expect(detect).toMatch(/arguments are: dir, appDir\b/);

    const search = await mcp.fails('pattern_search', { query: 'node' });
    expect(search).toContain('"query"');
    expect(search).toMatch(/arguments are: text, /);
  });

  it('refuses an unknown key inside a nested object and names its path and the valid keys', async () => {
    // A dropped "readonly" would have mounted the volume read-write.
    const mount = await mcp.fails('container_run', {
      image: 'busybox:latest',
      mounts: [{ type: 'volume', source: 'data', target: '/data', readonly: true }],
    });
    expect(mount).toContain('[INVALID_ARGUMENT]');
    expect(mount).toMatch(
      /does not take "mounts\.0\.readonly"\. "mounts\.0" takes: type, source, target, readOnly\./,
    );

    const secret = await mcp.fails('image_build', { dir: '.', secrets: [{ id: 'tok', path: 'tok.txt' }] });
    expect(secret).toMatch(/does not take "secrets\.0\.path"\. "secrets\.0" takes: id, file, env\./);
  });

  it('accepts any key where a nested object is a free map (environment, labels)', async () => {
    const env = await mcp.fails('container_run', {
      image: 'busybox:latest',
      env: { ANY_NAME: 'x' },
      ports: [{ container: 80, hostPort: 8080 }],
    });
    expect(env).toMatch(
      /does not take "ports\.0\.hostPort"\. "ports\.0" takes: container, host, hostIp, protocol\./,
    );
    expect(env).not.toContain('ANY_NAME');
  });

  it('lists confirm among the valid arguments of a destructive tool', async () => {
    expect(await mcp.fails('volume_remove', { volume: 'x', force: true, yes: true })).toMatch(
      /does not take "yes"\. Its arguments are: volume, force, confirm\./,
    );
  });

  it('uses one name for a folder, a file and a stack across every tool', async () => {
    const { tools } = await mcp.client.listTools();
    for (const tool of tools) {
      const names = Object.keys(tool.inputSchema.properties ?? {});
      for (const banned of ['path', 'context', 'directory', 'folder', 'outputPath', 'stackName'])
        expect(names, `${tool.name} takes "${banned}"`).not.toContain(banned);
    }
  });

  it('uses the same names in prompts', async () => {
    const { prompts } = await mcp.client.listPrompts();
    const names = prompts.flatMap((prompt) => (prompt.arguments ?? []).map((a) => a.name));
    expect(names).toContain('dir');
    expect(names).not.toContain('path');
  });

  it('refuses an unknown prompt argument and names the valid ones', async () => {
    await expect(mcp.client.getPrompt({ name: 'containerize', arguments: { path: 'app' } })).rejects.toThrow(
      /does not take path; its arguments are: dir, port, flavour/,
    );
  });
});

describe('confirm in tools/list', () => {
  const confirmTools = async (confirmArgument: boolean) => {
    const client = await connectInMemory({ allow: { ...NO_ALLOWANCES, confirmArgument } });
    try {
      const { tools } = await client.client.listTools();
      return tools
        .filter((tool) => 'confirm' in (tool.inputSchema.properties ?? {}))
        .map((tool) => tool.name);
    } finally {
      await client.close();
    }
  };

  it('is offered only when the server counts it (--allow-confirm-argument); otherwise the user is asked', async () => {
    expect(await confirmTools(true)).toEqual(
      expect.arrayContaining(['volume_remove', 'project_containerize']),
    );
    expect(await confirmTools(false)).toEqual([]);
  });
});

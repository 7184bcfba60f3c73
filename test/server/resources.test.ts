import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeLabelled, requireImage, TEST_LABELS, uniqueName } from '../helpers/docker.js';
import { connectInMemory, type TestClient } from '../helpers/mcp.js';

describe('resources through an MCP client', () => {
  let mcp: TestClient;
  beforeAll(async () => {
    process.env.DOCKWRIGHT_PATTERNS_DB = path.join(
      mkdtempSync(path.join(os.tmpdir(), 'dw-res-')),
      'patterns.db',
    );
    mcp = await connectInMemory();
  });
  afterAll(async () => {
    await mcp?.close();
    await removeLabelled();
  });

  it('lists the templates and the rule documents', async () => {
    const { resourceTemplates } = await mcp.client.listResourceTemplates();
    expect(resourceTemplates.map((t) => t.uriTemplate)).toEqual([
      'dockwright://rules/{code}',
      'dockwright://patterns/{id}',
      'dockwright://logs/{container}',
      'dockwright://images/{image}',
    ]);
    const { resources } = await mcp.client.listResources();
    expect(resources.some((r) => r.uri === 'dockwright://rules/DL3008')).toBe(true);
    expect(resources.find((r) => r.uri === 'dockwright://rules/DC011')?.name).toBe(
      'DC011: Data in an anonymous volume',
    );
  });

  it('reads a rule document and completes rule codes', async () => {
    const doc = await mcp.client.readResource({ uri: 'dockwright://rules/DL3008' });
    expect((doc.contents[0] as { text: string }).text).toMatch(/^# DL3008/);
    const done = await mcp.client.complete({
      ref: { type: 'ref/resource', uri: 'dockwright://rules/{code}' },
      argument: { name: 'code', value: 'DL300' },
    });
    expect(done.completion.values).toContain('DL3008');
    expect(done.completion.values.every((v) => v.startsWith('DL300'))).toBe(true);
    const compose = await mcp.client.complete({
      ref: { type: 'ref/resource', uri: 'dockwright://rules/{code}' },
      argument: { name: 'code', value: 'dc01' },
    });
    expect(compose.completion.values).toEqual(['DC010', 'DC011', 'DC012', 'DC013', 'DC014']);
    const dc = await mcp.client.readResource({ uri: 'dockwright://rules/DC014' });
    expect((dc.contents[0] as { text: string }).text).toMatch(/^# DC014: Debugger port/);
    await expect(mcp.client.readResource({ uri: 'dockwright://rules/XX999' })).rejects.toThrow(
      /No lint rule/,
    );
  });

  it('reads a built-in pattern and completes pattern ids', async () => {
    const ids = await mcp.client.complete({
      ref: { type: 'ref/resource', uri: 'dockwright://patterns/{id}' },
      argument: { name: 'id', value: '' },
    });
    expect(ids.completion.values.length).toBeGreaterThan(0);
    const doc = await mcp.client.readResource({ uri: `dockwright://patterns/${ids.completion.values[0]}` });
    expect((doc.contents[0] as { text: string }).text).toMatch(/```dockerfile\nFROM /);
    expect((doc.contents[0] as { text: string }).text).toContain('Evidence: candidate: never built here.');
  });

  it('reads container logs and image summaries from the real engine, with completion', async () => {
    await requireImage('busybox:latest');
    const name = uniqueName('dw-res-logs');
    await mcp.ok('container_run', {
      image: 'busybox:latest',
      name,
      labels: TEST_LABELS,
      command: ['sh', '-c', 'echo resource-log-line; echo SECRET_TOKEN=abcdef123456; sleep 30'],
    });
    await new Promise((r) => setTimeout(r, 500));
    const names = await mcp.client.complete({
      ref: { type: 'ref/resource', uri: 'dockwright://logs/{container}' },
      argument: { name: 'container', value: name.slice(0, 12) },
    });
    expect(names.completion.values).toContain(name);
    const logs = (await mcp.client.readResource({ uri: `dockwright://logs/${name}` })).contents[0] as {
      text: string;
    };
    expect(logs.text).toContain('resource-log-line');
    expect(logs.text).not.toContain('abcdef123456');
    expect(logs.text).toMatch(/^<<<UNTRUSTED/);
    const image = (await mcp.client.readResource({ uri: 'dockwright://images/busybox:latest' }))
      .contents[0] as {
      text: string;
    };
    expect(JSON.parse(image.text)).toMatchObject({ user: 'root', cmd: ['sh'] });
  });
});

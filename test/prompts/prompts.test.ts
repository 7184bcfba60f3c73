import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allPrompts } from '../../prompts/index.js';
import { allTools } from '../../tools/index.js';
import { requireImage } from '../helpers/docker.js';
import { connectInMemory, REPO_ROOT, type TestClient } from '../helpers/mcp.js';

describe('prompts through an MCP client', () => {
  let mcp: TestClient;
  beforeAll(async () => {
    mcp = await connectInMemory({ workspace: [REPO_ROOT] });
  });
  afterAll(() => mcp?.close());

  it('lists every prompt with its arguments', async () => {
    const { prompts } = await mcp.client.listPrompts();
    expect(prompts.map((p) => p.name)).toEqual([
      'containerize',
      'harden',
      'shrink',
      'troubleshoot',
      'compose-setup',
    ]);
    expect(
      prompts.find((p) => p.name === 'harden')?.arguments?.find((a) => a.name === 'image')?.required,
    ).toBe(true);
  });

  it('renders a prompt with its arguments and refuses a missing required one', async () => {
    const rendered = await mcp.client.getPrompt({
      name: 'containerize',
      arguments: { dir: 'test', port: '8080' },
    });
    const text = (rendered.messages[0].content as { text: string }).text;
    expect(text).toContain('"test"');
    expect(text).toContain('port 8080');
    await expect(mcp.client.getPrompt({ name: 'harden', arguments: {} })).rejects.toThrow(/needs: image/);
  });

  it.each<{ name: string; arguments: Record<string, string>; expected: RegExp }>([
    {
      name: 'shrink',
      arguments: { image: 'app:dev', target_mb: '80' },
      expected: /"app:dev" to at most 80 MB/,
    },
    { name: 'troubleshoot', arguments: { container: 'web-1', symptom: 'restarts' }, expected: /web-1/ },
    {
      name: 'compose-setup',
      arguments: { dir: 'test', services: 'postgres,redis' },
      expected: /postgres,redis/,
    },
  ])('renders $name with its arguments', async ({ name, arguments: args, expected }) => {
    const rendered = await mcp.client.getPrompt({ name, arguments: args });
    expect((rendered.messages[0].content as { text: string }).text).toMatch(expected);
  });

  it('names only tools that exist', () => {
    const names = new Set(allTools.map((t) => t.name));
    for (const prompt of allPrompts) {
      const text = prompt.render({ image: 'x', container: 'y', dir: '.', file: 'Dockerfile' });
      for (const mentioned of text.match(/\b[a-z]+_[a-z]+\b/g) ?? []) {
        if (
          /^(dockerfile|image|container|compose|project|pattern|scan|stack|network|volume|registry|system)_/.test(
            mentioned,
          )
        ) {
          expect(names.has(mentioned), `${prompt.name} mentions ${mentioned}`).toBe(true);
        }
      }
    }
  });

  it('completes arguments from the engine and the workspace', async () => {
    await requireImage('busybox:latest');
    const images = await mcp.client.complete({
      ref: { type: 'ref/prompt', name: 'harden' },
      argument: { name: 'image', value: 'busy' },
    });
    expect(images.completion.values).toContain('busybox:latest');
    const dirs = await mcp.client.complete({
      ref: { type: 'ref/prompt', name: 'containerize' },
      argument: { name: 'dir', value: 'te' },
    });
    expect(dirs.completion.values).toContain('test');
    const nested = await mcp.client.complete({
      ref: { type: 'ref/prompt', name: 'containerize' },
      argument: { name: 'dir', value: 'test/to' },
    });
    expect(nested.completion.values).toContain('test/tools');
  });
});

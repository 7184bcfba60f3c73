import { describe, expect, it } from 'vitest';
import { runStack } from '../../src/exec/stack.js';
import { requireEngine } from '../helpers/docker.js';

describe('the docker CLI behind the stack tools', () => {
  it('talks to the engine dockwright checked, whatever DOCKER_HOST the project environment sets', async () => {
    await requireEngine();
    const run = await runStack(
      'dwstackengine',
      { name: 'services' },
      { env: { DOCKER_HOST: 'unix:///nonexistent/docker.sock' }, timeoutMs: 30_000 },
    );
    const text = run.stdout + run.stderr;
    expect(text).not.toMatch(/nonexistent/);
    // The real engine answers: no such stack, or it is not a swarm manager.
    expect(text).toMatch(/Nothing found in stack|not a swarm manager/);
  });
});

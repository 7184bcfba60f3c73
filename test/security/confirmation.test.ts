import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DockerEngine } from '../../src/engine/types.js';
import { removeLabelled, requireEngine, requireImage, TEST_LABELS, uniqueName } from '../helpers/docker.js';
import { connectInMemory } from '../helpers/mcp.js';
import { elicitingClient, strictClient } from './clients.js';

// Findings 3, 8 and 9 of issue 14, through a real MCP client against the real engine.
// "foreign" is a container made through the engine API with no dockwright label, as
// docker run or another tool would make it.
let docker: DockerEngine;
let foreign: string;
let own: string;

async function isRunning(name: string): Promise<boolean> {
  return (await docker.inspectContainer(name)).state.running;
}

beforeAll(async () => {
  docker = await requireEngine();
  await requireImage('busybox:latest');
  foreign = uniqueName('dw-safety-server-foreign');
  await docker.startContainer(
    await docker.createContainer({
      image: 'busybox:latest',
      name: foreign,
      labels: TEST_LABELS,
      command: ['sleep', '600'],
    }),
  );
  own = uniqueName('dw-safety-server-own');
  const mcp = await connectInMemory();
  await mcp.ok('container_run', {
    image: 'busybox:latest',
    name: own,
    labels: TEST_LABELS,
    command: ['sleep', '600'],
  });
  await mcp.close();
});
afterAll(() => removeLabelled());

const CASES: { finding: string; attack: string; check: () => Promise<void> }[] = [
  {
    finding: '3',
    attack: 'confirm: true from the model while the client would decline',
    async check() {
      const mcp = await elicitingClient('decline');
      const text = await mcp.fails('container_remove', { container: own, force: true, confirm: true });
      expect(text).toMatch(/CONFIRMATION_REQUIRED.*Not confirmed/s);
      expect(mcp.asked).toHaveLength(1);
      expect(await isRunning(own)).toBe(true);
      await mcp.close();
    },
  },
  {
    finding: '3',
    attack: 'confirm: true from a client that cannot ask, without --allow-confirm-argument',
    async check() {
      const mcp = await strictClient();
      const text = await mcp.fails('container_remove', { container: own, force: true, confirm: true });
      expect(text).toMatch(/cannot ask.*not accepted.*--allow-confirm-argument/s);
      expect(await isRunning(own)).toBe(true);
      await mcp.close();
    },
  },
  {
    finding: '8',
    attack: 'container_stop, container_restart and container_exec on a container dockwright did not create',
    async check() {
      const mcp = await elicitingClient('decline');
      const startedAt = (await docker.inspectContainer(foreign)).state.startedAt;
      expect(await mcp.fails('container_stop', { container: foreign })).toMatch(
        /Not confirmed.*did not create/s,
      );
      expect(await mcp.fails('container_restart', { container: foreign })).toMatch(/Not confirmed/);
      const exec = { container: foreign, command: ['touch', '/tmp/pwned'] };
      expect(await mcp.fails('container_exec', exec)).toMatch(/Not confirmed.*touch/s);
      expect(mcp.asked).toHaveLength(3);
      const details = await docker.inspectContainer(foreign);
      expect([details.state.running, details.state.startedAt]).toEqual([true, startedAt]);
      const probe = await docker.exec(foreign, {
        cmd: ['ls', '/tmp/pwned'],
        timeoutMs: 10_000,
        maxBytes: 1000,
      });
      expect(probe.exitCode).not.toBe(0);
      await mcp.close();
    },
  },
  {
    finding: '8',
    attack: '(control) the same calls on dockwright’s own container need no question',
    async check() {
      const mcp = await elicitingClient('decline');
      const out = await mcp.ok<{ exitCode: number }>('container_exec', { container: own, command: ['true'] });
      expect(out.exitCode).toBe(0);
      expect(mcp.asked).toEqual([]);
      await mcp.close();
    },
  },
  {
    finding: '8',
    attack: 'image_tag moves a tag that names an image dockwright did not build',
    async check() {
      const repo = uniqueName('dw-safety-server-tag');
      await docker.tagImage('busybox:latest', repo, 'v1');
      const busyboxId = (await docker.inspectImage('busybox:latest')).id;
      try {
        const mcp = await elicitingClient('decline');
        const text = await mcp.fails('image_tag', { image: 'debian:bookworm-slim', target: `${repo}:v1` });
        expect(text).toMatch(/Not confirmed.*Move the tag/s);
        expect((await docker.inspectImage(`${repo}:v1`)).id).toBe(busyboxId);
        await mcp.close();
      } finally {
        await docker.removeImage(`${repo}:v1`);
      }
    },
  },
  {
    finding: '8',
    attack: 'image_sbom overwrites an existing workspace file',
    async check() {
      const workspace = await mkdtemp(path.join(os.tmpdir(), 'dw-safety-server-sbom-'));
      await writeFile(path.join(workspace, 'notes.md'), 'keep me\n');
      const mcp = await elicitingClient('decline', { workspace: [workspace] });
      const text = await mcp.fails('image_sbom', {
        image: 'busybox:latest',
        outputFile: 'notes.md',
        overwrite: true,
      });
      expect(text).toMatch(/Not confirmed: Overwrite notes.md/);
      expect(await readFile(path.join(workspace, 'notes.md'), 'utf8')).toBe('keep me\n');
      await mcp.close();
    },
  },
  {
    finding: '9',
    attack: 'system_prune with label: [] (an empty filter the engine reads as everything)',
    async check() {
      const mcp = await strictClient();
      expect(await mcp.fails('system_prune', { label: [], kinds: ['containers'] })).toMatch(
        /INVALID_ARGUMENT.*label/s,
      );
      const scoped = await elicitingClient('decline');
      await scoped.fails('system_prune', { label: ['dw.safety=1'], kinds: ['containers', 'volumes'] });
      expect(scoped.asked[0]).toMatch(
        /stopped containers, unused volumes carrying every one of the labels "dw.safety=1"/,
      );
      // Strict client: refused whatever happens, so the engine is never pruned globally here.
      const global = await mcp.fails('system_prune', { global: true, kinds: ['containers'] });
      expect(global).toMatch(/stopped containers on the whole engine, whoever created them/);
      await Promise.all([mcp.close(), scoped.close()]);
    },
  },
];

describe('security: the user confirms, not the model (issue 14)', () => {
  for (const row of CASES) it(`finding ${row.finding}: ${row.attack}`, row.check);
});

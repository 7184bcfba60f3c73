import { mkdtemp, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DockerEngine } from '../../src/engine/types.js';
import { NO_ALLOWANCES } from '../../src/mcp/config.js';
import { removeLabelled, requireEngine, requireImage, TEST_LABELS, uniqueName } from '../helpers/docker.js';
import { connectInMemory, type TestClient } from '../helpers/mcp.js';

// Finding 11 (the socket under --allow-bind-outside-workspace) and finding 13 (exec'd
// processes outliving a timeout or a cancel) of issue 14, against the real engine.
let docker: DockerEngine;
let mcp: TestClient;
let box: string;
let links: string;

beforeAll(async () => {
  docker = await requireEngine();
  await requireImage('busybox:latest');
  mcp = await connectInMemory({ allow: { ...NO_ALLOWANCES, bindOutsideWorkspace: true } });
  box = uniqueName('dw-safety-server-exec');
  await mcp.ok('container_run', {
    image: 'busybox:latest',
    name: box,
    labels: TEST_LABELS,
    command: ['sleep', '600'],
  });
  links = await mkdtemp(path.join(os.tmpdir(), 'dw-safety-server-links-'));
  await symlink('/var/run/docker.sock', path.join(links, 'innocent'));
  await symlink('/run', path.join(links, 'runtime'));
});
afterAll(async () => {
  await mcp?.close();
  await removeLabelled();
});

/** The processes in `box` whose command line matches, as `ps` inside it lists them. */
async function processesLike(pattern: RegExp): Promise<string[]> {
  const ps = await docker.exec(box, { cmd: ['ps', '-o', 'pid,args'], timeoutMs: 10_000, maxBytes: 64_000 });
  return ps.stdout.split('\n').filter((line) => pattern.test(line));
}

async function eventually(check: () => Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 20; i++) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

const run = (source: string) => ({
  image: 'busybox:latest',
  labels: TEST_LABELS,
  command: ['true'],
  mounts: [{ type: 'bind', source, target: '/host' }],
});

const CASES: { finding: string; attack: string; check: () => Promise<void> }[] = [
  {
    finding: '11',
    attack: '--allow-bind-outside-workspace binding /, /run, /var/run or a symlink to the socket',
    async check() {
      for (const source of [
        '/',
        '/run',
        '/var/run',
        path.join(links, 'innocent'),
        path.join(links, 'runtime'),
      ]) {
        expect(await mcp.fails('container_run', run(source)), source).toMatch(
          /REFUSED.*Docker socket.*--allow-docker-socket/s,
        );
      }
      // The flag still does what it says for a folder that holds no engine socket.
      const out = await mcp.ok<{ name: string }>('container_run', run(links));
      expect((await docker.inspectContainer(out.name)).mounts.map((m) => m.source)).toContain(links);
    },
  },
  {
    finding: '13',
    attack: 'container_exec times out and its process keeps running in the container',
    async check() {
      const out = await mcp.ok<{ timedOut: boolean }>('container_exec', {
        container: box,
        command: ['sh', '-c', 'sleep 301; echo never'],
        timeoutSeconds: 1,
      });
      expect(out.timedOut).toBe(true);
      expect(await eventually(async () => (await processesLike(/sleep 301/)).length === 0)).toBe(true);
    },
  },
  {
    finding: '13',
    attack: 'container_exec is cancelled by the client and its process keeps running',
    async check() {
      const controller = new AbortController();
      const call = mcp.client.callTool(
        {
          name: 'container_exec',
          arguments: { container: box, command: ['sleep', '302'], timeoutSeconds: 120 },
        },
        undefined,
        { signal: controller.signal },
      );
      expect(await eventually(async () => (await processesLike(/sleep 302/)).length === 1)).toBe(true);
      controller.abort();
      await expect(call).rejects.toThrow(/abort/i);
      expect(await eventually(async () => (await processesLike(/sleep 302/)).length === 0)).toBe(true);
    },
  },
];

describe('security: mounts and exec processes (issue 14)', () => {
  for (const row of CASES) it(`finding ${row.finding}: ${row.attack}`, row.check);
});

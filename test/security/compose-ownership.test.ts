import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_LABEL } from '../../src/compose/status.js';
import { CREATED_BY_LABEL } from '../../src/containers/format.js';
import type { DockerEngine } from '../../src/engine/types.js';
import { requireEngine, requireImage, TEST_RUN } from '../helpers/docker.js';
import { removeProject, uniqueProject } from '../tools/compose/stack.js';
import { elicitingClient } from './clients.js';

// Findings 4 and 13 (a cancelled compose_up) of issue 14, against the real engine with the
// Compose CLI. Stand-in image: busybox:latest.
const service = (name: string) =>
  `  ${name}:\n    image: busybox:latest\n    command: ["sleep", "600"]\n    stop_grace_period: 1s\n` +
  `    labels:\n      dockwright.test: "1"\n      dockwright.test.run: "${TEST_RUN}"\n`;

let docker: DockerEngine;
let workspace: string;
const projects: string[] = [];

async function containersOf(project: string) {
  const list = await docker.listContainers({
    all: true,
    filters: { label: [`${PROJECT_LABEL}=${project}`] },
  });
  return list.map((c) => ({ id: c.id, name: c.name, own: c.labels[CREATED_BY_LABEL] === 'dockwright' }));
}

beforeAll(async () => {
  docker = await requireEngine();
  await requireImage('busybox:latest');
  workspace = await mkdtemp(path.join(os.tmpdir(), 'dw-safety-server-compose-'));
  await writeFile(path.join(workspace, 'both.yaml'), `services:\n${service('a')}${service('b')}`);
  await writeFile(path.join(workspace, 'compose.yaml'), `services:\n${service('a')}`);
});
afterAll(async () => {
  for (const project of projects) await removeProject(project);
});

const CASES: { finding: string; attack: string; check: () => Promise<void> }[] = [
  {
    finding: '4',
    attack: 'compose_up on a project docker-compose started, with a file that drops one of its services',
    async check() {
      const project = uniqueProject('ss-foreign');
      projects.push(project);
      execFileSync('docker-compose', ['-p', project, '-f', 'both.yaml', 'up', '-d'], {
        cwd: workspace,
        stdio: 'pipe',
      });
      const before = await containersOf(project);
      expect(before.map((c) => c.own)).toEqual([false, false]);

      const declining = await elicitingClient('decline', { workspace: [workspace] });
      expect(await declining.fails('compose_up', { projectName: project, timeoutSeconds: 60 })).toMatch(
        /Not confirmed.*did not start/s,
      );
      expect((await containersOf(project)).map((c) => c.id).sort()).toEqual(before.map((c) => c.id).sort());

      const accepting = await elicitingClient('accept', { workspace: [workspace] });
      await accepting.ok('compose_up', { projectName: project, timeoutSeconds: 60 });
      expect(accepting.asked).toHaveLength(1);
      // The orphan "b" stays: no --remove-orphans for a project dockwright did not start.
      expect((await containersOf(project)).map((c) => c.name).sort()).toEqual(
        before.map((c) => c.name).sort(),
      );
      await Promise.all([declining.close(), accepting.close()]);
    },
  },
  {
    finding: '4',
    attack: '(control) a project dockwright started is labelled as its own and needs no question',
    async check() {
      const project = uniqueProject('ss-own');
      projects.push(project);
      const mcp = await elicitingClient('decline', { workspace: [workspace] });
      await mcp.ok('compose_up', { projectName: project, files: ['both.yaml'], timeoutSeconds: 60 });
      expect((await containersOf(project)).map((c) => c.own)).toEqual([true, true]);
      await mcp.ok('compose_up', { projectName: project, timeoutSeconds: 60 });
      expect(mcp.asked).toEqual([]);
      expect(await containersOf(project)).toHaveLength(1);
      await mcp.close();
    },
  },
  {
    finding: '13',
    attack: 'a compose_up cancelled while it waits leaves the project up',
    async check() {
      const project = uniqueProject('ss-cancel');
      projects.push(project);
      const mcp = await elicitingClient('decline');
      const controller = new AbortController();
      const call = mcp.client.callTool(
        {
          name: 'compose_up',
          arguments: { dir: 'test/compose/fixtures/projects/never-healthy', projectName: project },
        },
        undefined,
        { signal: controller.signal, onprogress: () => controller.abort() },
      );
      await expect(call).rejects.toThrow(/abort/i);
      expect(mcp.asked).toEqual([]);
      let left = await containersOf(project);
      for (let i = 0; i < 60 && left.length; i++) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        left = await containersOf(project);
      }
      expect(left).toEqual([]);
      await mcp.close();
    },
  },
];

describe('security: Compose projects dockwright did not start (issue 14)', () => {
  for (const row of CASES) it(`finding ${row.finding}: ${row.attack}`, row.check, 180_000);
});

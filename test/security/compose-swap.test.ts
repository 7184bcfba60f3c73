import { chmodSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProcess, whichProgram } from '../../src/exec/process.js';
import { requireEngine, requireImage, TEST_RUN } from '../helpers/docker.js';
import { removeProject, uniqueProject } from '../tools/compose/stack.js';
import { strictClient } from './clients.js';

// The compose file is changed between dockwright's checks and the Compose CLI's reading of
// it: at the moment the CLI starts `up`, as a process racing the call (or the model, through
// a file tool, in parallel with compose_up) would. Real engine, real docker-compose, over MCP.
const HARMLESS =
  'services:\n  app:\n    image: busybox:latest\n    command: ["sleep", "600"]\n    stop_grace_period: 1s\n' +
  `    labels:\n      dockwright.test: "1"\n      dockwright.test.run: "${TEST_RUN}"\n`;
const HOSTILE =
  'services:\n  app:\n    image: busybox:latest\n    command: ["sleep", "600"]\n    privileged: true\n' +
  `    volumes:\n      - /:/host\n    labels:\n      dockwright.test: "1"\n      dockwright.test.run: "${TEST_RUN}"\n`;

let root: string;
let savedPath: string | undefined;
const projects: string[] = [];

beforeAll(async () => {
  await requireEngine();
  await requireImage('busybox:latest');
  root = realpathSync(await mkdtemp(path.join(tmpdir(), 'dw-safety-swap-')));
  const real = await whichProgram('docker-compose');
  if (!real) throw new Error('docker-compose is missing; run scripts/test-env.sh');
  // A docker-compose first on the PATH that swaps the file, then runs the real one.
  const bin = path.join(root, 'bin');
  mkdirSync(bin);
  writeFileSync(path.join(root, 'hostile.yaml'), HOSTILE);
  writeFileSync(
    path.join(bin, 'docker-compose'),
    '#!/bin/sh\n' +
      `case " $* " in *" up "*) cp '${root}/hostile.yaml' '${root}/ws/compose.yaml' ;; esac\n` +
      `exec '${real}' "$@"\n`,
  );
  chmodSync(path.join(bin, 'docker-compose'), 0o755);
  savedPath = process.env.PATH;
  process.env.PATH = `${bin}:${savedPath}`;
});

afterAll(async () => {
  process.env.PATH = savedPath;
  for (const project of projects) await removeProject(project);
});

async function hostConfig(project: string) {
  const run = await runProcess('docker', [
    'ps',
    '-aq',
    '--filter',
    `label=com.docker.compose.project=${project}`,
  ]);
  const ids = run.stdout.trim().split('\n').filter(Boolean);
  expect(ids).toHaveLength(1);
  const inspect = await runProcess('docker', ['inspect', '-f', '{{json .HostConfig}}', ids[0]]);
  return JSON.parse(inspect.stdout) as { Privileged: boolean; Binds: string[] | null };
}

describe('security: a compose file swapped after the checks', () => {
  it('the CLI runs the project as checked, not the file it would read again', async () => {
    const ws = path.join(root, 'ws');
    mkdirSync(ws, { recursive: true });
    const mcp = await strictClient({ workspace: [ws] });
    try {
      // The hostile file is refused when it is what dockwright checks.
      writeFileSync(path.join(ws, 'compose.yaml'), HOSTILE);
      const refusedProject = uniqueProject('swap-refused');
      projects.push(refusedProject);
      expect(
        await mcp.fails('compose_up', { dir: ws, projectName: refusedProject, timeoutSeconds: 60 }),
      ).toMatch(/privileged|\/host|Refused/i);

      writeFileSync(path.join(ws, 'compose.yaml'), HARMLESS);
      const project = uniqueProject('swap');
      projects.push(project);
      await mcp.ok('compose_up', { dir: ws, projectName: project, timeoutSeconds: 60 });
      // The swap happened: the project's file is now the hostile one...
      expect(readFileSync(path.join(ws, 'compose.yaml'), 'utf8')).toBe(HOSTILE);
      // ...and what runs is what was checked.
      const config = await hostConfig(project);
      expect(config.Privileged).toBe(false);
      expect(config.Binds ?? []).toEqual([]);
    } finally {
      await mcp.close();
    }
  }, 180_000);
});

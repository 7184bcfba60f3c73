import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeEnvironment } from '../../src/compose/environment.js';
import type { DockerEngine } from '../../src/engine/types.js';
import { runProcess, whichProgram } from '../../src/exec/process.js';
import { NO_ALLOWANCES } from '../../src/mcp/config.js';
import type { AllowFlags } from '../../src/security/allow-flags.js';
import { removeLabelled, requireEngine, requireImage, TEST_LABELS, TEST_RUN } from '../helpers/docker.js';
import { connectInMemory, type TestClient } from '../helpers/mcp.js';
import { ATTACKS, type AttackRow } from './compose-attacks.js';

const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'dw-safety-compose-')));
const workspace = path.join(root, 'ws');
const outside = path.join(root, 'outside');
const CANARY = `CANARY-${randomUUID()}`;
const suffix = TEST_RUN.replace(/[^a-z0-9]/g, '');
const FOREIGN = `dw-safety-compose-foreign-${suffix}`;
const HOSTNET = `dw-safety-compose-hostnet-${suffix}`;

function fill(text: string): string {
  return text.replaceAll('@OUT', outside).replaceAll('@FOREIGN', FOREIGN).replaceAll('@HOSTNET', HOSTNET);
}

/** Writes a row's project and returns its folder. */
function writeProject(row: AttackRow): string {
  const dir = path.join(workspace, 'p', row.name);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(row.files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), fill(text));
  }
  for (const [name, target] of Object.entries(row.links ?? {}))
    symlinkSync(fill(target), path.join(dir, name));
  return dir;
}

function text(result: CallToolResult): string {
  return JSON.stringify(result);
}

/** Security: the canary's content never comes back, whatever the call answered. */
function expectNoCanary(result: CallToolResult): void {
  expect(text(result)).not.toContain(CANARY);
}

function keyOf(row: AttackRow): string {
  return row.names.split(' ').pop() as string;
}

const projectName = (row: AttackRow) => `dwsafety${suffix}-${row.name}`.slice(0, 60);

beforeAll(() => {
  mkdirSync(outside, { recursive: true });
  writeFileSync(path.join(outside, 'canary.txt'), `${CANARY}\n`);
  writeFileSync(path.join(outside, 'secret.env'), `LEAK=${CANARY}\n`);
  writeFileSync(path.join(outside, '.env'), `LEAK=${CANARY}\n`);
  writeFileSync(path.join(outside, 'Dockerfile'), `FROM busybox:latest\nRUN echo ${CANARY}\n`);
  writeFileSync(
    path.join(outside, 'compose.yaml'),
    `services:\n  leak:\n    image: busybox:latest\n    environment:\n      LEAK: ${CANARY}\n`,
  );
  for (const row of ATTACKS) writeProject(row);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('compose policy: attacks through a real MCP client', () => {
  let engine: DockerEngine;
  let refusing: TestClient;
  const clients = new Map<string, TestClient>();
  const clientWith = async (allow: Partial<AllowFlags>): Promise<TestClient> => {
    const key = JSON.stringify(allow);
    let client = clients.get(key);
    if (!client) {
      // confirm: true is allowed so that the cleanup's compose_down goes through.
      client = await connectInMemory({
        workspace: [workspace],
        allow: { ...NO_ALLOWANCES, confirmArgument: true, ...allow },
      });
      clients.set(key, client);
    }
    return client;
  };

  beforeAll(async () => {
    engine = await requireEngine();
    await requireImage('busybox:latest');
    const foreign = await engine.createContainer({
      image: 'busybox:latest',
      name: FOREIGN,
      command: ['sleep', '600'],
      labels: TEST_LABELS,
      mounts: [{ type: 'bind', source: outside, target: '/leak' }],
    });
    await engine.startContainer(foreign);
    const hostNet = await engine.createContainer({
      image: 'busybox:latest',
      name: HOSTNET,
      command: ['sleep', '600'],
      labels: TEST_LABELS,
      networkMode: 'host',
    });
    await engine.startContainer(hostNet);
    for (const row of ATTACKS.filter((r) => r.engine === 'bind-volume')) {
      const labels = Object.entries(TEST_LABELS).flatMap(([key, value]) => ['--label', `${key}=${value}`]);
      const made = await runProcess('/usr/bin/docker', [
        'volume',
        'create',
        ...['--opt', 'type=none', '--opt', 'o=bind', '--opt', `device=${outside}`],
        ...labels,
        `${projectName(row)}_data`,
      ]);
      expect(made.exitCode, made.stderr).toBe(0);
    }
    refusing = await clientWith({});
  }, 120_000);

  afterAll(async () => {
    for (const client of clients.values()) await client.close();
    await removeLabelled();
  }, 120_000);

  it("stack_deploy resolves paths from the first file's folder, as docker stack deploy does", async () => {
    const dir = path.join(workspace, 'p', 'stack-subfolder');
    mkdirSync(path.join(dir, 'deploy'), { recursive: true });
    writeFileSync(
      path.join(dir, 'deploy', 'compose.yaml'),
      'services:\n  app:\n    image: busybox:latest\n    volumes:\n      - ./data:/data\n',
    );
    symlinkSync(outside, path.join(dir, 'deploy', 'data'));
    const args = { dir, files: ['deploy/compose.yaml'], stack: `dwsafety${suffix}-sub` };
    const refused = await refusing.fails('stack_deploy', args);
    expect(refused).toContain(
      `\ncompose.yaml:5 services.app.volumes[0]: bind mount: ${dir}/deploy/data (really ${outside})`,
    );
    const findings = await refusing.ok<{ findings: { code: string }[] }>('compose_validate', {
      dir,
      files: ['deploy/compose.yaml'],
    });
    expect(findings.findings.filter((f) => f.code === 'policy')).toEqual([]);
  });

  it("without the policy the foreign container's volumes would reach the project (the attack is real)", async () => {
    const row = ATTACKS.find((r) => r.name === 'volumes-from-foreign') as AttackRow;
    const client = await clientWith(row.allowedBy as Partial<AllowFlags>);
    const dir = path.join(workspace, 'p', row.name);
    const name = projectName(row);
    try {
      await client.ok('compose_up', { dir, projectName: name, timeoutSeconds: 60 });
      const [container] = await engine.listContainers({
        all: true,
        filters: { label: [`com.docker.compose.project=${name}`] },
      });
      const details = await engine.inspectContainer(container.id);
      expect(details.mounts).toContainEqual(expect.objectContaining({ type: 'bind', source: outside }));
    } finally {
      await client.ok('compose_down', { dir, projectName: name, confirm: true });
    }
  }, 120_000);

  describe.each(ATTACKS.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    const dir = () => path.join(workspace, 'p', row.name);
    const expectRefused = (result: CallToolResult) => {
      expectNoCanary(result);
      expect(result.isError, text(result)).toBe(true);
      const message = (result.content as { text: string }[])[0].text;
      expect(message).toContain(`[${row.refusal}]`);
      expect(message).toContain(row.names);
      if (process.env.SHOW_REFUSALS) console.log(`${row.name}: ${message}`);
    };

    it('compose_up refuses it before anything reaches the engine', async () => {
      const client = await clientWith(row.serverAllows ?? {});
      const result = await client.call('compose_up', {
        dir: dir(),
        projectName: projectName(row),
        build: row.engine === 'build',
        timeoutSeconds: 30,
      });
      expectRefused(result);
      const containers = await engine.listContainers({
        all: true,
        filters: { label: [`com.docker.compose.project=${projectName(row)}`] },
      });
      expect(containers).toEqual([]);
      if (row.engine === 'build')
        await expect(engine.inspectImage('dw-safety-compose-ctx:escape')).rejects.toThrow();
    });

    it('stack_deploy refuses it', async () => {
      const client = await clientWith(row.serverAllows ?? {});
      expectRefused(await client.call('stack_deploy', { dir: dir(), stack: projectName(row) }));
    });

    it('compose_validate and compose_config never return outside content', async () => {
      const validate = await refusing.call('compose_validate', { dir: dir() });
      const config = await refusing.call('compose_config', { dir: dir() });
      if (row.atLoad) {
        expectRefused(config);
        if (validate.isError) expectRefused(validate);
        else {
          expectNoCanary(validate);
          expect(validate.structuredContent).toMatchObject({ valid: false });
          expect(JSON.stringify(validate.structuredContent)).toContain(row.names);
        }
        return;
      }
      expectNoCanary(config);
      expectNoCanary(validate);
      expect(validate.isError, text(validate)).toBeFalsy();
      const findings = (validate.structuredContent as { findings: { code: string; path: string }[] })
        .findings;
      if (row.engine !== 'bind-volume')
        expect(findings).toContainEqual(expect.objectContaining({ code: 'policy', path: keyOf(row) }));
    });

    if (row.allowedBy) {
      it(`is allowed by ${Object.keys(row.allowedBy).join(' + ')}`, async () => {
        const client = await clientWith(row.allowedBy as Partial<AllowFlags>);
        const out = await client.ok<{ findings: { code: string; path: string }[] }>('compose_validate', {
          dir: dir(),
        });
        expect(out.findings.filter((f) => f.code === 'policy' && f.path === keyOf(row))).toEqual([]);
      });
    }
  });
});

/**
 * What we check is what the CLI runs: docker-compose (v1, the one installed here) resolves
 * each of these rows to the very host path our refusal names.
 */
describe('docker-compose v1 resolves the rows to the paths the policy refuses', () => {
  let mcp: TestClient;
  beforeAll(async () => {
    mcp = await connectInMemory({ workspace: [workspace] });
  });
  afterAll(() => mcp.close());

  const home = process.env.HOME ?? '';
  it.each([
    ['tilde-short', () => path.join(home, '.ssh')],
    ['dotenv-nested', () => outside],
    ['extends-relative-bind', () => outside],
    ['secret-file', () => path.join(outside, 'canary.txt')],
    ['build-context', () => outside],
  ])('%s', async (name, expected) => {
    const row = ATTACKS.find((r) => r.name === name) as AttackRow;
    const dir = path.join(workspace, 'p', row.name);
    const program = await whichProgram('docker-compose');
    expect(program, 'docker-compose (v1) must be installed: bash scripts/test-env.sh').toBeTruthy();
    const run = await runProcess(
      program as string,
      ['--project-directory', dir, '-f', 'compose.yaml', 'config'],
      {
        cwd: dir,
        env: composeEnvironment([]),
        inheritEnv: false,
      },
    );
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.stdout).toContain(expected());
    const refusal = await mcp.fails('compose_up', { dir, projectName: projectName(row) });
    expect(refusal).toContain(`${expected()} is outside the workspace`);
  });
});

// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are Compose variable references, not templates.
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromFlags } from '../../src/cli/serve.js';
import { requireEngine, requireImage, TEST_RUN } from '../helpers/docker.js';
import { connectInMemory, type TestClient } from '../helpers/mcp.js';

const workspace = realpathSync(mkdtempSync(path.join(tmpdir(), 'dw-safety-compose-env-')));
const SECRET_NAME = `DW_SAFETY_SECRET_${process.pid}`;
const CANARY = `canary-${randomUUID()}`;
const TOKEN_CANARY = `TOKEN-${randomUUID()}`;
const project = `dwenv${TEST_RUN.replace(/[^a-z0-9]/g, '')}`;

function writeProject(name: string, compose: string): string {
  const dir = path.join(workspace, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'compose.yaml'), compose);
  return dir;
}

const leaky = `name: "env\${${SECRET_NAME}}"
services:
  app:
    image: busybox:latest
    command: ["sleep", "120"]
    labels:
      dockwright.test: "1"
    environment:
      FROM_SERVER: "\${${SECRET_NAME}}"
      FROM_DOCKWRIGHT: "\${DOCKWRIGHT_TOKEN:-unset}"
`;

afterAll(() => rmSync(workspace, { recursive: true, force: true }));

describe('Compose interpolation reads only the server variables the user allowed', () => {
  let mcp: TestClient;
  let allowed: TestClient;
  const saved = process.env.DOCKWRIGHT_TOKEN;
  beforeAll(async () => {
    process.env[SECRET_NAME] = CANARY;
    process.env.DOCKWRIGHT_TOKEN = TOKEN_CANARY;
    writeProject('leaky', leaky);
    // Compose v1 knows no top-level name: the file it runs leaves it out.
    writeProject('leaky-up', leaky.split('\n').slice(1).join('\n'));
    mcp = await connectInMemory({ workspace: [workspace] });
    allowed = await connectInMemory({ workspace: [workspace], allowEnv: [SECRET_NAME] });
  });
  afterAll(async () => {
    delete process.env[SECRET_NAME];
    if (saved === undefined) delete process.env.DOCKWRIGHT_TOKEN;
    else process.env.DOCKWRIGHT_TOKEN = saved;
    await mcp.close();
    await allowed.close();
  });

  it('compose_config reads a variable that was not allowed as unset, as Compose does', async () => {
    const result = await mcp.call('compose_config', { dir: path.join(workspace, 'leaky') });
    expect(JSON.stringify(result)).not.toContain(CANARY);
    expect(JSON.stringify(result)).not.toContain(TOKEN_CANARY);
    const out = result.structuredContent as {
      project: string;
      model: { services: { app: { environment: Record<string, string> } } };
      warnings: { message: string }[];
    };
    expect(out.project).toBe('env');
    expect(out.model.services.app.environment).toEqual({ FROM_SERVER: '', FROM_DOCKWRIGHT: 'unset' });
    expect(out.warnings.map((w) => w.message)).toContain(
      `variable ${SECRET_NAME} is not set; it became an empty string`,
    );
  });

  it('compose_logs does not put a server variable into the project name', async () => {
    const result = await mcp.call('compose_logs', { dir: path.join(workspace, 'leaky') });
    expect(JSON.stringify(result)).not.toContain(CANARY);
    expect((result.structuredContent as { project: string }).project).toBe('env');
  });

  it('--allow-env lets a listed variable through, and dockwright never lists its own', async () => {
    const out = await allowed.ok<{ model: { services: { app: { environment: Record<string, string> } } } }>(
      'compose_config',
      { dir: path.join(workspace, 'leaky') },
    );
    expect(out.model.services.app.environment).toEqual({ FROM_SERVER: CANARY, FROM_DOCKWRIGHT: 'unset' });
    expect(configFromFlags(['--allow-env', 'A,B', '--allow-env', 'C']).config.allowEnv).toEqual([
      'A',
      'B',
      'C',
    ]);
    const withToken = await connectInMemory({
      workspace: [workspace],
      allowEnv: ['DOCKWRIGHT_*', SECRET_NAME],
    });
    try {
      const listed = await withToken.ok<{
        model: { services: { app: { environment: Record<string, string> } } };
      }>('compose_config', { dir: path.join(workspace, 'leaky') });
      expect(listed.model.services.app.environment.FROM_DOCKWRIGHT).toBe('unset');
    } finally {
      await withToken.close();
    }
  });

  it('the Compose CLI runs with the same environment: the container gets no server secret', async () => {
    const engine = await requireEngine();
    await requireImage('busybox:latest');
    const dir = path.join(workspace, 'leaky-up');
    try {
      const up = await mcp.ok<{ ok: boolean }>('compose_up', {
        dir,
        projectName: project,
        timeoutSeconds: 60,
      });
      expect(up.ok, JSON.stringify(up)).toBe(true);
      const [container] = await engine.listContainers({
        filters: { label: [`com.docker.compose.project=${project}`] },
      });
      const result = await engine.exec(container.id, { cmd: ['env'], timeoutMs: 10_000, maxBytes: 65_536 });
      expect(result.stdout).toContain('FROM_SERVER=\n');
      expect(result.stdout).toContain('FROM_DOCKWRIGHT=unset');
      expect(result.stdout).not.toContain(CANARY);
      expect(result.stdout).not.toContain(TOKEN_CANARY);
    } finally {
      await mcp.call('compose_down', { dir, projectName: project, confirm: true });
    }
  }, 120_000);
});

describe('YAML alias amplification', () => {
  let mcp: TestClient;
  beforeAll(async () => {
    const items = Array.from({ length: 60_000 }, (_, i) => `x${i}`).join(', ');
    const references = Array.from({ length: 990 }, () => '*big').join(', ');
    writeProject(
      'bomb',
      `x-big: &big [${items}]\nservices:\n  app:\n    image: busybox:latest\n    command: [${references}]\n`,
    );
    writeProject('fine', 'services:\n  app:\n    image: busybox:latest\n');
    writeProject('huge', `services:\n  app:\n    image: busybox:latest\n${'# padding\n'.repeat(120_000)}`);
    mcp = await connectInMemory({ workspace: [workspace] });
  });
  afterAll(() => mcp.close());

  it('is refused with a clear INVALID_ARGUMENT, quickly, and the server goes on answering', async () => {
    const started = Date.now();
    for (const tool of ['compose_config', 'compose_validate', 'compose_up']) {
      const text = await mcp.fails(tool, { dir: path.join(workspace, 'bomb') });
      expect(text).toMatch(/^\[INVALID_ARGUMENT\] compose\.yaml: its aliases expand to over 200000 values/);
    }
    expect(Date.now() - started).toBeLessThan(20_000);
    const fine = await mcp.ok<{ services: string[] }>('compose_config', {
      dir: path.join(workspace, 'fine'),
    });
    expect(fine.services).toEqual(['app']);
  });

  it('refuses a compose file over 1 MiB before parsing it', async () => {
    const text = await mcp.fails('compose_config', { dir: path.join(workspace, 'huge') });
    expect(text).toMatch(
      /^\[INVALID_ARGUMENT\] compose\.yaml: the file is \d+ bytes, over the 1048576-byte limit/,
    );
  });
});

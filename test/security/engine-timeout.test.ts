import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectStdio, type TestClient } from '../helpers/mcp.js';

// A fake engine: it accepts every connection and never answers (finding 10 of issue 14).
let folder = '';
let silent: net.Server;
const sockets = new Set<net.Socket>();
let mcp: TestClient;

const ENGINE_TOOLS: [string, Record<string, unknown>][] = [
  ['container_list', {}],
  ['container_inspect', { container: 'x' }],
  ['container_logs', { container: 'x' }],
  ['container_stats', { container: 'x' }],
  ['container_start', { container: 'x' }],
  ['container_stop', { container: 'x' }],
  ['container_restart', { container: 'x' }],
  ['container_exec', { container: 'x', command: ['true'] }],
  ['container_run', { image: 'busybox:latest' }],
  ['container_remove', { container: 'x', confirm: true }],
  ['image_list', {}],
  ['image_inspect', { image: 'busybox:latest' }],
  ['image_analyze', { image: 'busybox:latest' }],
  ['image_sbom', { image: 'busybox:latest' }],
  ['image_tag', { image: 'busybox:latest', target: 'x:y' }],
  ['image_pull', { image: 'busybox:latest' }],
  ['image_push', { image: 'localhost:5999/x:y' }],
  ['image_build', { dir: '.' }],
  ['image_remove', { image: 'x:y', confirm: true }],
  ['scan_image', { image: 'busybox:latest', engine: 'builtin' }],
  ['network_list', {}],
  ['network_inspect', { network: 'x' }],
  ['network_create', { name: 'x' }],
  ['network_remove', { network: 'x', confirm: true }],
  ['volume_list', {}],
  ['volume_inspect', { volume: 'x' }],
  ['volume_create', { name: 'x' }],
  ['volume_remove', { volume: 'x', confirm: true }],
  ['system_prune', { kinds: ['containers'], label: ['x=y'], confirm: true }],
  ['stack_status', { stack: 'x' }],
  ['compose_ps', {}],
  ['compose_logs', {}],
  ['compose_up', {}],
  ['compose_restart', {}],
  ['compose_down', { confirm: true }],
  ['stack_deploy', {}],
  ['stack_remove', { stack: 'x', confirm: true }],
  ['image_assess', { image: 'busybox:latest' }],
];

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'dw-silent-engine-'));
  await writeFile(path.join(folder, 'Dockerfile'), 'FROM busybox:latest\n');
  await writeFile(path.join(folder, 'compose.yaml'), 'services:\n  web:\n    image: busybox:latest\n');
  silent = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const socketPath = path.join(folder, 'docker.sock');
  await new Promise<void>((resolve) => silent.listen(socketPath, resolve));
  mcp = await connectStdio(
    ['serve', '--workspace', folder, '--engine-timeout', '1', '--allow-confirm-argument'],
    {
      DOCKER_HOST: `unix://${socketPath}`,
    },
  );
});

afterAll(async () => {
  await mcp.close();
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => silent.close(resolve));
  await rm(folder, { recursive: true, force: true });
});

describe('an engine that accepts and never answers (--engine-timeout 1)', () => {
  it.each(ENGINE_TOOLS)('%s returns a TIMEOUT error within a few seconds', async (tool, args) => {
    const started = Date.now();
    const text = await mcp.fails(tool, args);
    const elapsed = Date.now() - started;
    expect(text).toMatch(/did not answer within 1 s/);
    expect(text).toMatch(/--engine-timeout/);
    expect(elapsed).toBeGreaterThanOrEqual(900);
    expect(elapsed).toBeLessThan(4000);
  });

  it('system_info reports the timeout as the engine part of its report', async () => {
    const started = Date.now();
    const report = await mcp.ok<{ engineError?: string }>('system_info');
    expect(report.engineError).toMatch(/Reading engine facts: .* did not answer within 1 s/);
    // It also asks the Compose CLI for its version, a Python start of a few seconds here.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('all of them at once are answered, not left pending', async () => {
    const started = Date.now();
    const results = await Promise.all(ENGINE_TOOLS.map(([tool, args]) => mcp.call(tool, args)));
    const answered = results.map((result) => JSON.stringify(result.content));
    expect(answered.filter((text) => !text.includes('did not answer within 1 s'))).toEqual([]);
    expect(Date.now() - started).toBeLessThan(8000);
  });
});

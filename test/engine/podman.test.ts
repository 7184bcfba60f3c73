import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectStdio, type TestClient } from '../helpers/mcp.js';

/**
 * The engine-facing tools against Podman's Docker-compatible service (scripts/test-env.sh
 * starts it and loads busybox into it), through the built server over stdio. Each row
 * either works or fails with UNSUPPORTED naming what Podman lacks; nothing else passes.
 */
const PODMAN_HOST_FILE = '/tmp/dockwright-test-env/podman-host';
const RUN = `dwpod-${process.pid}`;
const LABEL = { 'dockwright.test': '1', 'dockwright.test.run': RUN };

type Expect = 'works' | 'unsupported';
interface Row {
  tool: string;
  args: Record<string, unknown>;
  expect: Expect;
  check?: (out: Record<string, unknown>, text: string) => void;
}

let mcp: TestClient;
let work: string;
const outcomes: { tool: string; outcome: string; detail: string }[] = [];

beforeAll(async () => {
  let host: string;
  try {
    host = readFileSync(PODMAN_HOST_FILE, 'utf8').trim();
  } catch {
    throw new Error(
      'No Podman service: run `bash scripts/test-env.sh` (it installs Podman and starts its API).',
    );
  }
  work = mkdtempSync(path.join(tmpdir(), 'dw-podman-'));
  writeFileSync(path.join(work, 'compose.yaml'), 'services:\n  app:\n    image: busybox:latest\n');
  writeFileSync(
    path.join(work, 'Dockerfile'),
    'FROM busybox:latest\nRUN echo built > /built\nUSER 65534\nCMD ["sleep", "3600"]\n',
  );
  mcp = await connectStdio(
    ['--workspace', work, '--allow-confirm-argument', '--allow-env', 'DW_PODMAN_TOKEN'],
    {
      DOCKER_HOST: host,
      DW_PODMAN_TOKEN: 'not-a-real-secret',
    },
  );
});

afterAll(async () => {
  await mcp?.call('system_prune', {
    kinds: ['containers', 'networks', 'volumes'],
    label: [`dockwright.test.run=${RUN}`],
    confirm: true,
  });
  await mcp?.call('image_remove', { image: `${RUN}:built`, force: true, confirm: true });
  await mcp?.close();
  rmSync(work, { recursive: true, force: true });
  console.log(
    [
      'Podman 4.3.1 through its Docker API:',
      ...outcomes.map((o) => `  ${o.tool.padEnd(18)} ${o.outcome.padEnd(12)} ${o.detail}`),
    ].join('\n'),
  );
});

const container = `${RUN}-c`;
const rows: Row[] = [
  {
    tool: 'system_info',
    args: {},
    expect: 'works',
    check: (out) => expect(out).toMatchObject({ engine: { product: 'podman' }, buildkit: false }),
  },
  { tool: 'image_list', args: {}, expect: 'works' },
  { tool: 'image_inspect', args: { image: 'busybox:latest' }, expect: 'works' },
  {
    tool: 'image_build',
    args: { dir: '.', tags: [`${RUN}:built`], labels: LABEL },
    expect: 'works',
    check: (out) => expect(JSON.stringify(out.warnings)).toMatch(/Podman's builder/),
  },
  {
    tool: 'image_build',
    args: { dir: '.', tags: [`${RUN}:secret`], secrets: [{ id: 'tok', env: 'DW_PODMAN_TOKEN' }] },
    expect: 'unsupported',
  },
  { tool: 'image_tag', args: { image: `${RUN}:built`, target: `${RUN}:tagged` }, expect: 'works' },
  { tool: 'image_analyze', args: { image: `${RUN}:built` }, expect: 'works' },
  {
    tool: 'container_run',
    args: { image: `${RUN}:built`, name: container, labels: LABEL },
    expect: 'works',
  },
  { tool: 'container_list', args: { all: true }, expect: 'works' },
  { tool: 'container_inspect', args: { container }, expect: 'works' },
  {
    tool: 'container_exec',
    args: { container, command: ['cat', '/built'] },
    expect: 'works',
    check: (out) => expect(out).toMatchObject({ exitCode: 0, stdout: expect.stringMatching(/\bbuilt\n/) }),
  },
  { tool: 'container_logs', args: { container }, expect: 'works' },
  { tool: 'container_stats', args: { container }, expect: 'works' },
  { tool: 'container_restart', args: { container }, expect: 'works' },
  { tool: 'container_stop', args: { container }, expect: 'works' },
  { tool: 'container_start', args: { container }, expect: 'works' },
  { tool: 'container_remove', args: { container, force: true, confirm: true }, expect: 'works' },
  { tool: 'network_create', args: { name: `${RUN}-net`, labels: LABEL }, expect: 'works' },
  { tool: 'network_inspect', args: { network: `${RUN}-net` }, expect: 'works' },
  { tool: 'network_list', args: {}, expect: 'works' },
  { tool: 'network_remove', args: { network: `${RUN}-net`, confirm: true }, expect: 'works' },
  { tool: 'volume_create', args: { name: `${RUN}-vol`, labels: LABEL }, expect: 'works' },
  { tool: 'volume_inspect', args: { volume: `${RUN}-vol` }, expect: 'works' },
  { tool: 'volume_list', args: {}, expect: 'works' },
  { tool: 'volume_remove', args: { volume: `${RUN}-vol`, confirm: true }, expect: 'works' },
  {
    tool: 'scan_image',
    args: { image: `${RUN}:built`, engine: 'builtin', scanners: ['secret'] },
    expect: 'works',
  },
  { tool: 'stack_deploy', args: { dir: '.', stack: `${RUN}-stack` }, expect: 'unsupported' },
  { tool: 'image_remove', args: { image: `${RUN}:tagged`, confirm: true }, expect: 'works' },
];

describe('the tools against Podman', () => {
  for (const [index, row] of rows.entries()) {
    it(`${index + 1}. ${row.tool} ${row.expect === 'works' ? 'works' : 'is UNSUPPORTED with a reason'}`, async () => {
      let result = (await mcp.call(row.tool, row.args)) as CallToolResult;
      let text = (result.content as { text: string }[]).map((c) => c.text).join('\n');
      // Podman picks a free subnet by reading the host's routes; when another test removes a
      // Docker bridge at that moment it fails with "no such network interface". Retried twice.
      for (let attempt = 0; attempt < 2 && /no such network interface/.test(text); attempt++) {
        result = (await mcp.call(row.tool, row.args)) as CallToolResult;
        text = (result.content as { text: string }[]).map((c) => c.text).join('\n');
      }
      const code = /^\[([A-Z_]+)\]/.exec(text)?.[1];
      outcomes.push({
        tool: row.tool,
        outcome: result.isError ? `${code}` : 'works',
        detail: result.isError ? text.split('\n')[0].replace(/^\[[A-Z_]+\] /, '') : '',
      });
      if (row.expect === 'works') {
        expect(result.isError, text).toBeFalsy();
        row.check?.(result.structuredContent as Record<string, unknown>, text);
      } else {
        expect(code, text).toBe('UNSUPPORTED');
        expect(text).toMatch(/Podman/);
      }
    });
  }
});

/**
 * bench/agent-loop: five Railpack example apps (../shared/corpus/railpack) containerized
 * through an MCP client as an assistant would (project_containerize, on the stand-in base
 * images), each app then checked against its own test.json. Per app: tool calls, bytes of
 * results, whether its checks passed; and the wall time of project_containerize against the
 * same generated files built and started by hand (docker build, docker run, polling the port)
 * in the same run, both with BuildKit's cache warm from the assistant's build.
 *
 * Run from the repository root (needs dist/, the engine and the stand-ins of scripts/test-env.sh):
 *   npm run build && npm run bench -- agent-loop [--only a,b]
 * Images and containers are labelled dockwright.bench=agent-loop-<pid> and removed.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { connectEngine } from '../../src/engine/index.js';
import { runChecks } from '../containerize/checks.js';
import { loadApp } from '../containerize/corpus.js';
import { standInOverrides } from '../containerize/pipeline.js';
import { buildAndStartByHand } from './by-hand.js';

const APPS = [
  'node-npm-workspaces',
  'node-bun-no-deps',
  'staticfile-index-fallback',
  'python-bot-only',
  'shell-bash-arrays',
];
const { values } = parseArgs({ options: { only: { type: 'string' } } });
const apps = values.only?.split(',') ?? APPS;

const label = `agent-loop-${process.pid}`;
const labels = { 'dockwright.bench': label };
const workspace = mkdtempSync(path.join(tmpdir(), 'dockwright-agent-loop-'));
const client = new Client({ name: 'bench-agent-loop', version: '1' });
await client.connect(
  new StdioClientTransport({
    command: process.execPath,
    args: [path.resolve('dist/cli.js'), '--workspace', workspace],
    env: {
      ...(process.env as Record<string, string>),
      DOCKWRIGHT_PATTERNS_DB: path.join(workspace, 'patterns.db'),
    },
    stderr: 'ignore',
  }),
);
const engine = await connectEngine();

interface Report {
  ok: boolean;
  port?: number;
  healthRoute?: string;
  image?: { tag: string };
  failure?: { stage: string; reason: string };
}

async function containerize(app: string) {
  const started = Date.now();
  const result = (await client.callTool(
    { name: 'project_containerize', arguments: { dir: app, baseImages: standInOverrides(), labels } },
    undefined,
    { timeout: 900_000 },
  )) as CallToolResult;
  const text = (result.content as { text: string }[]).map((c) => c.text).join('\n');
  return {
    ms: Date.now() - started,
    report: result.structuredContent as unknown as Report,
    textBytes: Buffer.byteLength(text),
    resultBytes: Buffer.byteLength(JSON.stringify(result)),
  };
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const rows: string[] = [];
try {
  for (const name of apps) {
    const app = loadApp(name);
    cpSync(app.dir, path.join(workspace, name), { recursive: true });
    const first = await containerize(name);
    const { report } = first;
    let passed = 'no';
    let byHand = '-';
    let again = '-';
    let ratio = '-';
    if (report.ok && report.image) {
      const checks = await runChecks(engine, {
        image: report.image.tag,
        port: report.port,
        checks: app.checks,
        labels,
        timeoutMs: 60_000,
      });
      passed = checks.passed ? 'yes' : `no: ${checks.reason} ${checks.missing.join(' / ')}`.slice(0, 120);
      const hand = await buildAndStartByHand({
        dir: path.join(workspace, name),
        tag: `dockwright-bench/${name}:hand-${process.pid}`,
        label: `dockwright.bench=${label}`,
        port: report.port,
        route: report.healthRoute ?? '/',
        timeoutMs: 120_000,
      });
      const second = await containerize(name);
      byHand = `${seconds(hand.ms)}${hand.ready ? '' : ' (not ready)'}`;
      again = seconds(second.ms);
      ratio = `${(second.ms / hand.ms).toFixed(2)}x`;
    } else passed = `no: ${report.failure?.stage}: ${report.failure?.reason.split('\n')[0]}`.slice(0, 120);
    rows.push(
      `| ${name} | 1 | ${first.textBytes} | ${first.resultBytes} | ${passed} | ${seconds(first.ms)} | ${again} | ${byHand} | ${ratio} |`,
    );
    process.stderr.write(`${rows.at(-1)}\n`);
  }
} finally {
  await client.close();
  const filters = { label: [`dockwright.bench=${label}`] };
  for (const container of await engine.listContainers({ all: true, filters }))
    await engine.removeContainer(container.id, { force: true }).catch(() => undefined);
  for (const image of await engine.listImages({ filters }))
    await engine.removeImage(image.id, { force: true }).catch(() => undefined);
  rmSync(workspace, { recursive: true, force: true });
}
console.log(
  '| app | tool calls | text bytes | result bytes | own checks passed | containerize s (first) | containerize s (warm) | by hand s (warm) | ratio |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);

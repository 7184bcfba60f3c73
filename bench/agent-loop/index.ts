/**
 * bench/agent-loop: five Railpack example apps (../shared/corpus/railpack) containerized
 * through an MCP client as an assistant would (project_containerize, on the stand-in base
 * images), each app then checked against its own test.json. Per app: tool calls, bytes of
 * results, whether its checks passed; and the wall time of project_containerize against the
 * same generated files built and started by hand (docker build, docker run, polling the port)
 * in the same run: both without BuildKit's cache (every step built again), then both with it.
 * The scan column says how many layers the scan knew from earlier scans (the layer cache,
 * cold at the start of the run); without the cache, the image export beside it is the time
 * the engine takes to hand over the whole image, which a scan of a new layer waits for.
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
      // A cold layer cache: the first call reads every layer, base images included.
      DOCKWRIGHT_CACHE_DIR: path.join(workspace, 'cache'),
    },
    stderr: 'ignore',
  }),
);
const engine = await connectEngine();

const seconds = (ms: number) => (ms / 1000).toFixed(1);

interface Report {
  ok: boolean;
  port?: number;
  healthRoute?: string;
  image?: { tag: string };
  failure?: { stage: string; reason: string };
  stages: { name: string; ms: number; note?: string }[];
}

/** The stages that took longest, e.g. `scan 9.1, verify 2.0, build 1.2`. */
const slowest = (report: Report) =>
  [...report.stages]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3)
    .map((stage) => `${stage.name} ${seconds(stage.ms)}`)
    .join(', ');

async function containerize(app: string, noCache = false) {
  const started = Date.now();
  const result = (await client.callTool(
    {
      name: 'project_containerize',
      arguments: { dir: app, baseImages: standInOverrides(), labels, noCache },
    },
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

/**
 * The engine's export of the whole image, `first byte / all` in seconds: what a scan of an
 * image with any layer it has not read before must wait for, since the Engine API gives no
 * single layer (and Docker's own image store writes the whole export out before sending it).
 */
async function exportSeconds(tag: string): Promise<string> {
  const started = Date.now();
  let firstByte: number | undefined;
  for await (const _ of await engine.exportImage(tag)) firstByte ??= Date.now() - started;
  return `${seconds(firstByte ?? 0)} / ${seconds(Date.now() - started)}`;
}

/** The same files by hand, then project_containerize again, both with or both without BuildKit's cache. */
async function timePair(name: string, report: Report, noCache: boolean): Promise<string> {
  const hand = await buildAndStartByHand({
    dir: path.join(workspace, name),
    tag: `dockwright-bench/${name}:hand-${process.pid}`,
    label: `dockwright.bench=${label}`,
    port: report.port,
    route: report.healthRoute ?? '/',
    timeoutMs: 120_000,
    noCache,
  });
  const tool = await containerize(name, noCache);
  const ready = hand.ready && tool.report.ok ? '' : ' (not ready)';
  const scan = tool.report.stages.find((stage) => stage.name === 'scan')?.note ?? '';
  const floor = noCache && tool.report.image ? ` | ${await exportSeconds(tool.report.image.tag)}` : '';
  return `${seconds(tool.ms)} | ${seconds(hand.ms)}${ready} | ${(tool.ms / hand.ms).toFixed(2)}x | ${slowest(tool.report)}; scan: ${scan.replace(/^built-in scanner, /, '')}${floor}`;
}

const rows: string[] = [];
try {
  for (const name of apps) {
    const app = loadApp(name);
    cpSync(app.dir, path.join(workspace, name), { recursive: true });
    const first = await containerize(name);
    const { report } = first;
    let passed = `no: ${report.failure?.stage}: ${report.failure?.reason.split('\n')[0]}`.slice(0, 120);
    let cold = '- | - | - | - | -';
    let warm = '- | - | - | -';
    if (report.ok && report.image) {
      const checks = await runChecks(engine, {
        image: report.image.tag,
        port: report.port,
        checks: app.checks,
        labels,
        timeoutMs: 60_000,
      });
      passed = checks.passed ? 'yes' : `no: ${checks.reason} ${checks.missing.join(' / ')}`.slice(0, 120);
      cold = await timePair(name, report, true);
      warm = await timePair(name, report, false);
    }
    rows.push(
      `| ${name} | 1 | ${first.textBytes} | ${first.resultBytes} | ${passed} | ${seconds(first.ms)} | ${cold} | ${warm} |`,
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
  '| app | tool calls | text bytes | result bytes | own checks passed | first call s | no cache: containerize s | by hand s | ratio | slowest stages | image export s (first byte / all) | cached: containerize s | by hand s | ratio | slowest stages |',
);
console.log(`|${' --- |'.repeat(15)}`);
for (const row of rows) console.log(row);

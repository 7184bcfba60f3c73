// bench/list: container_list through a real MCP client (stdio, dist/cli.js) against
// `docker ps --format json` for the same 20 running containers: bytes a model must read,
// and wall time. Usage: npm run build && npm run bench -- list
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const root = path.resolve(import.meta.dirname, '..');
const COUNT = 20;
const ROUNDS = 15;
const label = `dockwright.bench=list-${process.pid}`;
const docker = (...args) => execFileSync('docker', args, { encoding: 'utf8' });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ids = [];
try {
  for (let i = 0; i < COUNT; i++) {
    ids.push(
      docker('run', '-d', '--label', label, '-p', '127.0.0.1::80', 'busybox:latest', 'sleep', '600').trim(),
    );
  }
  const client = new Client({ name: 'bench', version: '1' });
  await client.connect(
    new StdioClientTransport({ command: process.execPath, args: [path.join(root, 'dist/cli.js')] }),
  );
  const ours = { ms: [], bytes: 0 };
  const theirs = { ms: [], bytes: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    let t = performance.now();
    const result = await client.callTool({ name: 'container_list', arguments: { label: [label] } });
    ours.ms.push(performance.now() - t);
    if (result.structuredContent.total !== COUNT)
      throw new Error(`expected ${COUNT}, got ${result.structuredContent.total}`);
    ours.bytes = Buffer.byteLength(
      JSON.stringify({ content: result.content, structuredContent: result.structuredContent }),
    );
    t = performance.now();
    const ps = docker('ps', '--filter', `label=${label}`, '--format', 'json');
    theirs.ms.push(performance.now() - t);
    theirs.bytes = Buffer.byteLength(ps);
  }
  await client.close();
  console.log(`${COUNT} running containers, ${ROUNDS} rounds alternating`);
  console.log(
    `container_list (MCP, stdio): ${ours.bytes} bytes (${Math.round(ours.bytes / COUNT)}/container), median ${median(ours.ms).toFixed(1)} ms`,
  );
  console.log(
    `docker ps --format json:     ${theirs.bytes} bytes (${Math.round(theirs.bytes / COUNT)}/container), median ${median(theirs.ms).toFixed(1)} ms`,
  );
  console.log(
    `ratio bytes ${(ours.bytes / theirs.bytes).toFixed(2)} (target <= 1.0), time ${(median(ours.ms) / median(theirs.ms)).toFixed(2)}`,
  );
} finally {
  if (ids.length) docker('rm', '-f', ...ids);
}

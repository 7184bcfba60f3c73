// bench/startup: median time from spawning a server to its answer to tools/list, for
// dockwright (dist/cli.js) and a bare MCP SDK server with one tool, alternating, in one run.
// Also prints the size of dockwright's tools/list answer. Usage: npm run build && npm run bench -- startup [runs]
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const runs = Number(process.argv[2] ?? 21);
const servers = {
  dockwright: [path.join(root, 'dist/cli.js')],
  'bare SDK server': [path.join(root, 'bench/bare-server.mjs')],
};

function timeToToolsList(args) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'ignore'] });
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      for (const line of buffer.split('\n').slice(0, -1)) {
        const message = JSON.parse(line);
        if (message.id === 2) {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          child.kill();
          resolve({
            ms,
            bytes: Buffer.byteLength(JSON.stringify(message.result)),
            tools: message.result.tools.length,
          });
        }
      }
      buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
    });
    child.on('error', reject);
    const send = (m) => child.stdin.write(`${JSON.stringify(m)}\n`);
    send({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: {
        protocolVersion: '2025-06-18',
        capabilities: {},
        clientInfo: { name: 'bench', version: '1' },
      },
    });
    send({ jsonrpc: '2.0', method: 'notifications/initialized' });
    send({ jsonrpc: '2.0', id: 2, method: 'tools/list' });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const times = Object.fromEntries(Object.keys(servers).map((k) => [k, []]));
let listing;
for (let i = 0; i < runs; i++) {
  const order = Object.entries(servers);
  for (const [name, args] of i % 2 ? order.reverse() : order) {
    const result = await timeToToolsList(args);
    times[name].push(result.ms);
    if (name === 'dockwright') listing = result;
  }
}
const ours = median(times.dockwright);
const bare = median(times['bare SDK server']);
console.log(`runs: ${runs} each, alternating`);
console.log(`dockwright      median ${ours.toFixed(1)} ms (${listing.tools} tools)`);
console.log(`bare SDK server median ${bare.toFixed(1)} ms (1 tool)`);
console.log(`ratio ${(ours / bare).toFixed(2)}x (target <= 1.2x)`);
console.log(
  `tools/list answer: ${listing.bytes} bytes, ~${Math.round(listing.bytes / 4)} tokens, ` +
    `${Math.round(listing.bytes / listing.tools)} bytes/tool (target <= 1024)`,
);

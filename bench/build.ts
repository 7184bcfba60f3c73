// Compares image_build (through a real MCP client, in-process) with the Debian docker CLI
// (`DOCKER_BUILDKIT=1 /usr/bin/docker build --progress=plain`) on the same context, alternating
// the two, cold (no cache) and fully cached, and prints the median times and their ratio. Both
// stream progress (image_build sends MCP progress notifications), so the CLI is not run with -q.
//
// Run (needs the engine and the busybox/debian:bookworm-slim stand-ins):
//   npm run bench -- build [ROUNDS]        (default 5 rounds per mode)
// Targets: ratio <= 1.10 cold and <= 1.20 cached. Images are labelled dockwright.bench=1 and removed.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { runProcess } from '../src/exec/process.js';
import { defaultConfig } from '../src/mcp/config.js';
import { createServer } from '../src/mcp/server.js';

const ROUNDS = Number(process.argv[2] ?? 5);
const LABEL = 'dockwright.bench=1';

const DOCKERFILE = `FROM debian:bookworm-slim AS build
WORKDIR /src
COPY package.json ./
RUN for i in $(seq 1 200); do head -c 20000 /dev/urandom | sha256sum >> /deps.txt; done
COPY src ./src
RUN tar -czf /app.tgz src && sha256sum /app.tgz
FROM debian:bookworm-slim
COPY --from=build /app.tgz /deps.txt /opt/app/
RUN useradd --create-home app
USER app
CMD ["ls", "-l", "/opt/app"]
`;

async function makeContext(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dockwright-bench-'));
  await writeFile(path.join(dir, 'Dockerfile'), DOCKERFILE);
  await writeFile(path.join(dir, '.dockerignore'), 'node_modules\n*.log\n');
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'bench', version: '1.0.0' }));
  for (let folder = 0; folder < 20; folder++) {
    await mkdir(path.join(dir, 'src', `m${folder}`), { recursive: true });
    for (let file = 0; file < 20; file++) {
      const body = `export const value${file} = ${JSON.stringify('x'.repeat(4000 + file * 100))};\n`;
      await writeFile(path.join(dir, 'src', `m${folder}`, `f${file}.js`), body);
    }
  }
  await mkdir(path.join(dir, 'node_modules'), { recursive: true });
  await writeFile(path.join(dir, 'node_modules', 'ignored.bin'), Buffer.alloc(20 * 1024 * 1024));
  return dir;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function main() {
  const context = await makeContext();
  const server = createServer(defaultConfig({ workspace: [context] }));
  const client = new Client({ name: 'bench', version: '1.0.0' });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  await client.connect(clientSide);

  const viaTool = async (noCache: boolean) => {
    const started = performance.now();
    const result = await client.callTool({
      name: 'image_build',
      arguments: {
        dir: '.',
        tags: ['dockwright-bench/tool:1'],
        labels: { 'dockwright.bench': '1' },
        noCache,
      },
    });
    if (result.isError) throw new Error(JSON.stringify(result.content));
    return performance.now() - started;
  };
  const viaCli = async (noCache: boolean) => {
    const started = performance.now();
    const args = [
      'build',
      '--progress=plain',
      '-t',
      'dockwright-bench/cli:1',
      '--label',
      LABEL,
      ...(noCache ? ['--no-cache'] : []),
      context,
    ];
    const run = await runProcess('/usr/bin/docker', args, { env: { DOCKER_BUILDKIT: '1' } });
    if (run.exitCode !== 0) throw new Error(run.stderr);
    return performance.now() - started;
  };

  const report: string[] = [];
  try {
    await viaTool(false);
    await viaCli(false);
    for (const mode of ['cold', 'cached'] as const) {
      const times = { tool: [] as number[], cli: [] as number[] };
      for (let round = 0; round < ROUNDS; round++) {
        const toolFirst = round % 2 === 0;
        for (const which of toolFirst ? (['tool', 'cli'] as const) : (['cli', 'tool'] as const)) {
          times[which].push(await (which === 'tool' ? viaTool : viaCli)(mode === 'cold'));
        }
      }
      const ratio = median(times.tool) / median(times.cli);
      const target = mode === 'cold' ? 1.1 : 1.2;
      report.push(
        `${mode.padEnd(6)} image_build median ${median(times.tool).toFixed(0)} ms, docker build median ${median(times.cli).toFixed(0)} ms, ` +
          `ratio ${ratio.toFixed(3)} (target <= ${target}: ${ratio <= target ? 'met' : 'MISSED'})`,
        `       image_build ${times.tool.map((t) => t.toFixed(0)).join(' ')} | docker build ${times.cli.map((t) => t.toFixed(0)).join(' ')}`,
      );
    }
  } finally {
    await client.close();
    await server.close();
    const images = await runProcess('/usr/bin/docker', ['images', '-q', '--filter', `label=${LABEL}`]);
    const ids = [...new Set(images.stdout.split('\n').filter(Boolean))];
    if (ids.length) await runProcess('/usr/bin/docker', ['rmi', '-f', ...ids]);
    await rm(context, { recursive: true, force: true });
  }
  console.log(`bench/build: ${ROUNDS} rounds per mode, alternating, context of 400 files (+20 MB ignored)`);
  console.log(report.join('\n'));
}

await main();

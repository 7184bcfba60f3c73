// Lint throughput over every Dockerfile of the conformance set, in one process: our linter with
// every rule, parsing alone (dockerfile-ast plus the shell parser on each RUN), and the npm
// package dockerfilelint on the same files. ShellCheck is not run (it is a separate process).
// Then the median wall time of `node dist/cli.js lint FILE` as a fresh process (with and without
// ShellCheck), beside `node -e 0`, the floor any Node CLI pays. Build dist first: node scripts/build.mjs
//
// Run:
//   npm run bench -- lint-speed [ROUNDS]     (default 5 rounds; the best round counts)
// Targets: >= 3,000 files/s with every rule on; a fresh `dockwright lint FILE` in <= 300 ms.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintDockerfile } from '../src/dockerfile/lint/engine.js';
import { parseDockerfile } from '../src/dockerfile/parse/parse.js';
import { runScript } from '../src/dockerfile/parse/run-script.js';
import { initShellParser, parseShell } from '../src/dockerfile/shell/parser.js';
import { runProcess } from '../src/exec/process.js';

const ROUNDS = Number(process.argv[2] ?? 5);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = path.resolve(repoRoot, '../shared/conformance');
const files = [
  'hadolint-cases.jsonl',
  'hadolint-shellcheck-cases.jsonl',
  'trivy-dockerfile-checks.jsonl',
].flatMap((name) =>
  readFileSync(path.join(dir, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { dockerfile: string }).dockerfile),
);

function filesPerSecond(label: string, lintOne: (text: string) => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    for (const text of files) lintOne(text);
    best = Math.min(best, performance.now() - start);
  }
  const rate = (files.length / best) * 1000;
  console.log(
    `${label.padEnd(40)} ${rate.toFixed(0).padStart(7)} files/s  (${best.toFixed(1)} ms for ${files.length} files)`,
  );
  return rate;
}

await initShellParser();
const require = createRequire(import.meta.url);
const dockerfilelint = require('dockerfilelint') as { run(configDir: string, content: string): unknown };
for (const text of files) lintDockerfile(text);

const ours = filesPerSecond('dockwright, every rule', (text) => lintDockerfile(text));
filesPerSecond('parse only (dockerfile-ast + tree-sitter)', (text) => {
  for (const i of parseDockerfile(text).instructions) if (i.keyword === 'RUN') parseShell(runScript(i));
});
let crashes = 0;
filesPerSecond('dockerfilelint (npm)', (text) => {
  try {
    dockerfilelint.run(tmpdir(), text);
  } catch {
    crashes++;
  }
});
console.log(`dockerfilelint threw on ${crashes / ROUNDS} of ${files.length} files per round`);
console.log(`\nTarget: >= 3000 files/s with every rule on: ${ours >= 3000 ? 'met' : 'NOT met'}`);

const ONE_DOCKERFILE = `FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \\
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
HEALTHCHECK CMD curl -fsS http://127.0.0.1:3000/health || exit 1
CMD ["node", "dist/server.js"]
`;
const LAUNCHES = 21;

async function medianWallMs(label: string, args: string[]): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < LAUNCHES; i++) {
    const start = performance.now();
    const run = await runProcess(process.execPath, args, { timeoutMs: 30_000 });
    times.push(performance.now() - start);
    if (run.exitCode > 1) throw new Error(`${label} exited ${run.exitCode}: ${run.stderr.slice(-500)}`);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(
    `${label.padEnd(40)} ${median.toFixed(0).padStart(7)} ms median  (min ${times[0].toFixed(0)}, max ${times[times.length - 1].toFixed(0)}, ${LAUNCHES} launches)`,
  );
  return median;
}

const cli = path.join(repoRoot, 'dist/cli.js');
if (!existsSync(cli)) throw new Error(`${cli} is missing: build it with node scripts/build.mjs`);
const scratch = await mkdtemp(path.join(tmpdir(), 'dw-lint-speed-'));
try {
  const file = path.join(scratch, 'Dockerfile');
  await writeFile(file, ONE_DOCKERFILE);
  console.log(`\nFresh process on one ${ONE_DOCKERFILE.split('\n').length - 1}-line Dockerfile:`);
  await medianWallMs('node -e 0 (floor)', ['-e', '0']);
  const withShellcheck = await medianWallMs('dockwright lint FILE', [cli, 'lint', file]);
  await medianWallMs('dockwright lint --no-shellcheck FILE', [cli, 'lint', '--no-shellcheck', file]);
  console.log(`Target: dockwright lint FILE <= 300 ms: ${withShellcheck <= 300 ? 'met' : 'NOT met'}`);
} finally {
  await rm(scratch, { recursive: true, force: true });
}

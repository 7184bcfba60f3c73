// Lint throughput over every Dockerfile of the conformance set, in one process: our linter with
// every rule, parsing alone (dockerfile-ast plus the shell parser on each RUN), and the npm
// package dockerfilelint on the same files. ShellCheck is not run (it is a separate process).
//
// Run:
//   npx esbuild --bundle --platform=node --format=esm --packages=external bench/lint-speed.ts --outfile=node_modules/.cache/bench-lint-speed.mjs
//   node node_modules/.cache/bench-lint-speed.mjs [ROUNDS]     (default 5 rounds; the best round counts)
// Target: >= 3,000 files/s with every rule on.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintDockerfile } from '../src/dockerfile/lint/engine.js';
import { parseDockerfile } from '../src/dockerfile/parse/parse.js';
import { runScript } from '../src/dockerfile/parse/run-script.js';
import { initShellParser, parseShell } from '../src/dockerfile/shell/parser.js';

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

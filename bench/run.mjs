// Runs one benchmark from the repository root: `npm run bench -- NAME [ARGS...]`.
// A TypeScript benchmark is bundled first (dependencies stay external, resolved from
// node_modules) to node_modules/.cache/bench-NAME.mjs; a .mjs benchmark runs as it is.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const benchDir = path.join(root, 'bench');
const NOT_BENCHMARKS = new Set(['run', 'bare-server']);
// A benchmark is bench/NAME.ts, bench/NAME.mjs, or a folder bench/NAME/ with an index.ts.
const isFolderBenchmark = (file) =>
  statSync(path.join(benchDir, file)).isDirectory() && existsSync(path.join(benchDir, file, 'index.ts'));
const names = readdirSync(benchDir)
  .filter((file) => /\.(ts|mjs)$/.test(file) || isFolderBenchmark(file))
  .map((file) => file.replace(/\.(ts|mjs)$/, ''))
  .filter((name) => !NOT_BENCHMARKS.has(name))
  .sort();

const [name, ...args] = process.argv.slice(2);
if (!names.includes(name)) {
  console.error(`usage: npm run bench -- NAME [ARGS...]\nbenchmarks: ${names.join(', ')}`);
  process.exit(2);
}

let entry = path.join(benchDir, `${name}.mjs`);
if (!existsSync(entry)) {
  entry = path.join(root, 'node_modules/.cache', `bench-${name}.mjs`);
  await build({
    entryPoints: [
      existsSync(path.join(benchDir, `${name}.ts`))
        ? path.join(benchDir, `${name}.ts`)
        : path.join(benchDir, name, 'index.ts'),
    ],
    outfile: entry,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
}
const run = spawnSync(process.execPath, [entry, ...args], { stdio: 'inherit', cwd: root });
process.exit(run.status ?? 1);

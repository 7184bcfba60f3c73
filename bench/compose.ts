/**
 * bench/compose: time from compose_up to "every service ready" against the same stack
 * brought up by the Compose CLI and polled by a shell loop, in the same run.
 *
 * Run: npm run bench -- compose [ROUNDS]
 *
 * Stack: test/compose/fixtures/projects/stack (busybox:latest stand-ins; the db turns healthy
 * after DB_DELAY=3 s, the app waits for it with depends_on: service_healthy). Target: ratio <= 1.15.
 */
import path from 'node:path';
import { composeDown } from '../src/compose/down.js';
import { composeUp } from '../src/compose/up.js';
import { connectEngine } from '../src/engine/index.js';
import { detectComposeCli } from '../src/exec/compose.js';
import { runProcess } from '../src/exec/process.js';

const rounds = Number(process.argv[2] ?? 3);
const dir = path.resolve('test/compose/fixtures/projects/stack');
const file = path.join(dir, 'compose.yaml');
const env = { ...process.env, DB_DELAY: '3' };

// The baseline a person would write: up -d, then poll (with the fast Go docker CLI, not a second
// Compose process per round) until the db is healthy and the app and cache run.
const SHELL_LOOP = `
set -e
"$COMPOSE" -p "$PROJECT" -f "$FILE" --ansi never up --detach --quiet-pull --remove-orphans >/dev/null 2>&1
while :; do
  ids=$(/usr/bin/docker ps -aq --filter "label=com.docker.compose.project=$PROJECT")
  states=$(/usr/bin/docker inspect -f '{{.State.Status}}/{{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}}' $ids 2>/dev/null || true)
  count=$(printf '%s\\n' "$states" | grep -c -E '^running/(healthy|none)$' || true)
  [ "$count" -eq 3 ] && break
  sleep 0.25
done`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main(): Promise<void> {
  const engine = await connectEngine();
  const cli = await detectComposeCli();
  const ours: number[] = [];
  const shell: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const a = `dwbench-ours-${process.pid}-${round}`;
    const start = performance.now();
    const result = await composeUp(
      { engine, cli },
      { files: [file], projectName: a, env, timeoutMs: 120_000 },
    );
    ours.push(performance.now() - start);
    await composeDown(
      { engine, cli },
      { files: [file], projectName: a, env, volumes: true, timeoutSeconds: 1 },
    );
    if (!result.ok) throw new Error(`compose_up failed: ${result.failure?.reason}`);

    const b = `dwbench-shell-${process.pid}-${round}`;
    const shellStart = performance.now();
    const loop = await runProcess('sh', ['-c', SHELL_LOOP], {
      env: { ...env, COMPOSE: cli.program, PROJECT: b, FILE: file },
      timeoutMs: 120_000,
    });
    shell.push(performance.now() - shellStart);
    await composeDown(
      { engine, cli },
      { files: [file], projectName: b, env, volumes: true, timeoutSeconds: 1 },
    );
    if (loop.exitCode !== 0) throw new Error(`shell baseline failed: ${loop.stderr}`);
    console.log(
      `round ${round + 1}: compose_up ${(ours[round] / 1000).toFixed(2)} s, CLI + shell loop ${(shell[round] / 1000).toFixed(2)} s`,
    );
  }
  const ratio = median(ours) / median(shell);
  console.log(
    `compose ${cli.flavour} ${cli.version}, ${rounds} rounds, medians: compose_up ${(median(ours) / 1000).toFixed(2)} s, CLI + shell loop ${(median(shell) / 1000).toFixed(2)} s`,
  );
  console.log(`overhead ratio ${ratio.toFixed(3)} (target <= 1.15): ${ratio <= 1.15 ? 'PASS' : 'FAIL'}`);
  process.exitCode = ratio <= 1.15 ? 0 : 1;
}

await main();

/**
 * bench/containerize: every Railpack example app (../shared/corpus/railpack) through the
 * code the CLI and tools use: detect, generate (written into a temp copy of the app), lint,
 * build with BuildKit on the stand-in base images, run with test.json's environment, and
 * apply its checks. One row per app and totals per language family.
 *
 * Run from the repository root (needs the engine and the stand-ins of `scripts/test-env.sh bench`,
 * which adds the exact Node and Bun releases apps pin; without them a stand-in of the same major is
 * used and the difference reported):
 *   npm run bench -- containerize [options]
 * Options: --only a,b  --family node  --no-build  --jobs 1  --timeout 90
 * Containers and images are labelled dockwright.bench=containerize-<pid> and removed.
 */
import { parseArgs } from 'node:util';
import { listApps, railpackStart } from './corpus.js';
import { type AppResult, benchApp, removeLabelled } from './pipeline.js';
import { printStarts, printTable, printTotals, printVersions } from './report.js';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    family: { type: 'string' },
    'no-build': { type: 'boolean' },
    jobs: { type: 'string', default: '1' },
    timeout: { type: 'string', default: '90' },
  },
});

const label = `containerize-${process.pid}`;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void removeLabelled(label).finally(() => process.exit(130));
  });
}
const apps = listApps(values.only?.split(','), values.family);
const jobs = Math.max(1, Number(values.jobs));
const results: AppResult[] = new Array(apps.length);
let next = 0;
const worker = async () => {
  while (next < apps.length) {
    const index = next++;
    results[index] = await benchApp(apps[index], {
      build: !values['no-build'],
      timeoutMs: Number(values.timeout) * 1000,
      label,
    });
    process.stderr.write(`${results[index].app}: ${results[index].stage} ${results[index].reason}\n`);
  }
};
// Engine calls on the rebased main can leave no live handle while a promise is pending (Node
// then exits with code 13 mid-run); an interval keeps the process up until the run ends.
const keepAlive = setInterval(() => undefined, 60_000);
await Promise.all(Array.from({ length: jobs }, worker));
clearInterval(keepAlive);
await removeLabelled(label);
printTable(results);
printTotals(results);
printVersions(results);
printStarts(results, railpackStart);

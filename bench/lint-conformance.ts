// Agreement of our linter with hadolint's own test cases and with Trivy's Dockerfile checks.
// Reads ../shared/conformance/{hadolint-cases,trivy-dockerfile-checks}.jsonl next to the repo.
//
// Run:
//   npm run bench -- lint-conformance [--failures]
// Targets: hadolint >= 98% overall and >= 90% for every rule; Trivy >= 95% for the checks we map.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { configFromHadolintYaml, defaultLintConfig } from '../src/dockerfile/lint/config.js';
import { lintDockerfile } from '../src/dockerfile/lint/engine.js';
import { TRIVY_CHECK_MAP } from '../src/dockerfile/lint/trivy-map.js';
import { initShellParser } from '../src/dockerfile/shell/parser.js';

interface ConformanceCase {
  rule: string;
  dockerfile: string;
  expect: 'catches' | 'passes';
  config?: Record<string, unknown>;
  source?: string;
  line?: number;
}

function findRepoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!readDirHas(dir, 'package.json')) dir = path.dirname(dir);
  return dir;
}

function readDirHas(dir: string, name: string): boolean {
  try {
    readFileSync(path.join(dir, name));
    return true;
  } catch {
    return dir === path.dirname(dir);
  }
}

function readCases(file: string): ConformanceCase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ConformanceCase);
}

interface Tally {
  agree: number;
  total: number;
  failures: string[];
}

function report(title: string, tallies: Map<string, Tally>, showFailures: boolean): number {
  let agree = 0;
  let total = 0;
  console.log(`\n${title}`);
  for (const [rule, t] of [...tallies].sort()) {
    agree += t.agree;
    total += t.total;
    const pct = ((100 * t.agree) / t.total).toFixed(1);
    console.log(
      `  ${rule.padEnd(8)} ${String(t.agree).padStart(4)}/${String(t.total).padEnd(4)} ${pct.padStart(6)}%`,
    );
    if (showFailures) for (const f of t.failures) console.log(`      ${f}`);
  }
  const overall = (100 * agree) / total;
  console.log(`  overall  ${agree}/${total} ${overall.toFixed(2)}%`);
  return overall;
}

function tally(map: Map<string, Tally>, rule: string, ok: boolean, failure: string): void {
  const t = map.get(rule) ?? { agree: 0, total: 0, failures: [] };
  t.total++;
  if (ok) t.agree++;
  else t.failures.push(failure);
  map.set(rule, t);
}

await initShellParser();
const showFailures = process.argv.includes('--failures');
const dir = path.resolve(findRepoRoot(), '../shared/conformance');

const hadolint = new Map<string, Tally>();
for (const c of readCases(path.join(dir, 'hadolint-cases.jsonl'))) {
  const config = c.config ? configFromHadolintYaml(c.config) : defaultLintConfig();
  config.override = { ...config.override, info: [...(config.override.info ?? []), 'DL1001', 'DL3057'] };
  const fired = lintDockerfile(c.dockerfile, { config }).some((f) => f.code === c.rule);
  tally(hadolint, c.rule, fired === (c.expect === 'catches'), `${c.expect} ${JSON.stringify(c.dockerfile)}`);
}
const hadolintOverall = report('hadolint cases (DL rules)', hadolint, showFailures);

const trivy = new Map<string, Tally>();
for (const c of readCases(path.join(dir, 'trivy-dockerfile-checks.jsonl'))) {
  const ours = TRIVY_CHECK_MAP[c.rule];
  if (!ours) continue;
  const config = defaultLintConfig({ override: { info: ['DL3057'] } });
  const fired = lintDockerfile(c.dockerfile, { config }).some((f) => ours.includes(f.code));
  tally(
    trivy,
    `${c.rule}`,
    fired === (c.expect === 'catches'),
    `${c.expect} (${ours.join('/')}) ${JSON.stringify(c.dockerfile)}`,
  );
}
const trivyOverall = report('Trivy checks (mapped to our rules)', trivy, showFailures);

const worst = Math.min(...[...hadolint.values()].map((t) => t.agree / t.total)) * 100;
console.log(
  `\nhadolint overall ${hadolintOverall.toFixed(2)}% (target 98), worst rule ${worst.toFixed(1)}% (target 90)`,
);
console.log(`Trivy overall ${trivyOverall.toFixed(2)}% (target 95)`);

// Our linter side by side with a real Trivy on the same Dockerfiles: for every Trivy check we
// claim to cover (src/dockerfile/lint/trivy-map.ts), does one of our mapped rules fire wherever
// Trivy's check does? Per check: the files Trivy flags, how many of those we flag too (and, when
// Trivy gives lines, on an overlapping line), and the files only we flag.
//
// Reads ../shared/conformance/trivy-dockerfile-checks.jsonl (add --with-hadolint-cases for the
// 1064 Dockerfiles of hadolint-cases.jsonl too). Trivy: DOCKWRIGHT_TRIVY, or the test cache.
// Run:
//   npm run bench -- lint-trivy [--with-hadolint-cases] [--misses]

import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLintConfig } from '../src/dockerfile/lint/config.js';
import { ruleByCode } from '../src/dockerfile/lint/docs.js';
import { lintDockerfile } from '../src/dockerfile/lint/engine.js';
import { normaliseTrivyId, TRIVY_CHECK_MAP } from '../src/dockerfile/lint/trivy-map.js';
import type { Finding } from '../src/dockerfile/lint/types.js';
import { parseDockerfile } from '../src/dockerfile/parse/parse.js';
import { initShellParser } from '../src/dockerfile/shell/parser.js';
import { runProcess } from '../src/exec/process.js';

interface TrivyHit {
  check: string;
  startLine: number;
  endLine: number;
}
interface Tally {
  trivyFiles: number;
  oursByDefault: number;
  oursToo: number;
  lineComparable: number;
  lineMatched: number;
  onlyOurs: number;
  misses: string[];
}

// Rules a mapping relies on that are off by default (DL3057, the plain missing-HEALTHCHECK
// rule) are turned on for the comparison; the default-config figure is printed beside it.
// `# hadolint ignore=` pragmas are not honoured, since Trivy does not read them.
const offByDefault = [...new Set(Object.values(TRIVY_CHECK_MAP).flat())].filter(
  (code) => ruleByCode(code)?.severity === 'ignore',
);
const mappedRulesOn = defaultLintConfig({ override: { info: offByDefault }, disableIgnorePragma: true });
const defaultsWithoutPragmas = defaultLintConfig({ disableIgnorePragma: true });

const TRIVY = process.env.DOCKWRIGHT_TRIVY ?? '/root/.cache/dockwright-test/bin/trivy';
const SHOW_MISSES = process.argv.includes('--misses');
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sharedDir = path.resolve(repoRoot, '../shared/conformance');

function readDockerfiles(name: string): string[] {
  return readFileSync(path.join(sharedDir, name), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { dockerfile: string }).dockerfile);
}

/** One `trivy config` over a folder with one sub-folder per Dockerfile: Trivy's start-up is paid once. */
async function runTrivy(dockerfiles: string[]): Promise<Map<number, TrivyHit[]>> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dw-lint-trivy-'));
  try {
    for (const [index, text] of dockerfiles.entries()) {
      await mkdir(path.join(dir, `case-${index}`));
      await writeFile(path.join(dir, `case-${index}`, 'Dockerfile'), text);
    }
    const run = await runProcess(
      TRIVY,
      ['config', '--format', 'json', '--quiet', '--skip-policy-update', '--timeout', '10m', dir],
      { timeoutMs: 11 * 60_000, maxBytes: 256 * 1024 * 1024 },
    );
    if (run.exitCode !== 0 || run.timedOut) {
      throw new Error(
        `trivy config failed (exit ${run.exitCode}${run.timedOut ? ', timed out' : ''}): ${run.stderr.slice(-2000)}`,
      );
    }
    const report = JSON.parse(run.stdout) as {
      Results?: {
        Target: string;
        Misconfigurations?: {
          ID: string;
          Status: string;
          CauseMetadata?: { StartLine?: number; EndLine?: number };
        }[];
      }[];
    };
    const hits = new Map<number, TrivyHit[]>();
    for (const result of report.Results ?? []) {
      const index = Number(/case-(\d+)/.exec(result.Target)?.[1]);
      const failed = (result.Misconfigurations ?? []).filter((m) => m.Status === 'FAIL');
      hits.set(
        index,
        failed.map((m) => ({
          check: normaliseTrivyId(m.ID),
          startLine: m.CauseMetadata?.StartLine ?? 0,
          endLine: m.CauseMetadata?.EndLine ?? 0,
        })),
      );
    }
    return hits;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const overlaps = (f: Finding, hit: TrivyHit) => f.line <= hit.endLine && hit.startLine <= f.endLine;

const dockerfiles = [
  ...readDockerfiles('trivy-dockerfile-checks.jsonl'),
  ...(process.argv.includes('--with-hadolint-cases') ? readDockerfiles('hadolint-cases.jsonl') : []),
];
await initShellParser();
const started = performance.now();
const trivyHits = await runTrivy(dockerfiles);
const trivySeconds = (performance.now() - started) / 1000;

const tallies = new Map<string, Tally>(
  Object.keys(TRIVY_CHECK_MAP).map((check) => [
    check,
    {
      trivyFiles: 0,
      oursByDefault: 0,
      oursToo: 0,
      lineComparable: 0,
      lineMatched: 0,
      onlyOurs: 0,
      misses: [],
    },
  ]),
);
const unclaimed = new Map<string, number>();
// hadolint's cases include fragments with no FROM; we report those as DL3061 and lint no stage,
// while Trivy checks them as if they were whole files. They are counted apart.
let fragments = 0;
for (const [index, text] of dockerfiles.entries()) {
  if (parseDockerfile(text).stages.length === 0) {
    fragments++;
    continue;
  }
  const ours = lintDockerfile(text, { config: mappedRulesOn });
  const oursByDefault = lintDockerfile(text, { config: defaultsWithoutPragmas });
  const hits = trivyHits.get(index) ?? [];
  for (const hit of hits)
    if (!TRIVY_CHECK_MAP[hit.check]) unclaimed.set(hit.check, (unclaimed.get(hit.check) ?? 0) + 1);
  for (const [check, tally] of tallies) {
    const mapped = ours.filter((f) => TRIVY_CHECK_MAP[check].includes(f.code));
    const theirs = hits.filter((h) => h.check === check);
    if (theirs.length === 0) {
      if (mapped.length > 0) {
        tally.onlyOurs++;
        tally.misses.push(`only ours, case ${index}: ${JSON.stringify(text)}`);
      }
      continue;
    }
    tally.trivyFiles++;
    if (oursByDefault.some((f) => TRIVY_CHECK_MAP[check].includes(f.code))) tally.oursByDefault++;
    if (mapped.length > 0) tally.oursToo++;
    else
      tally.misses.push(
        `missed (ours: ${ours.map((f) => f.code).join(',') || 'none'}), case ${index}: ${JSON.stringify(text)}`,
      );
    for (const hit of theirs.filter((h) => h.startLine > 0)) {
      tally.lineComparable++;
      if (mapped.some((f) => overlaps(f, hit))) tally.lineMatched++;
      else
        tally.misses.push(
          `other line (Trivy ${hit.startLine}-${hit.endLine}, ours ${mapped.map((f) => f.line).join(',')}), case ${index}: ${JSON.stringify(text)}`,
        );
    }
  }
}

const pct = (a: number, b: number) => (b === 0 ? '-' : `${((a / b) * 100).toFixed(1)}%`);
const row = (values: (string | number)[]) =>
  values.map((v, i) => (i < 2 ? String(v).padEnd(COLUMNS[i]) : String(v).padStart(COLUMNS[i]))).join(' ');
const COLUMNS = [8, 20, 6, 15, 15, 10, 10];

console.log(
  `Trivy (${TRIVY}) on ${dockerfiles.length} Dockerfiles in ${trivySeconds.toFixed(1)} s; ours on the same files. ` +
    `Compared: the ${dockerfiles.length - fragments} with a FROM (${fragments} fragments without one left out).`,
);
console.log(
  `"all on": our mapped rules that are off by default turned on (${offByDefault.join(', ') || 'none'}).\n`,
);
console.log(
  row(['check', 'our rules', 'trivy', 'ours (default)', 'ours (all on)', 'same line', 'only ours']),
);
const total = { trivyFiles: 0, oursByDefault: 0, oursToo: 0, lineComparable: 0, lineMatched: 0, onlyOurs: 0 };
for (const [check, t] of tallies) {
  console.log(
    row([
      check,
      TRIVY_CHECK_MAP[check].join(','),
      t.trivyFiles,
      `${t.oursByDefault} ${pct(t.oursByDefault, t.trivyFiles)}`,
      `${t.oursToo} ${pct(t.oursToo, t.trivyFiles)}`,
      `${t.lineMatched}/${t.lineComparable}`,
      t.onlyOurs,
    ]),
  );
  for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += t[key];
  if (SHOW_MISSES) for (const miss of t.misses) console.log(`    ${miss}`);
}
console.log(
  `\nTotal: Trivy flagged ${total.trivyFiles} (file, check) pairs of the checks we claim. Ours too: ` +
    `${total.oursToo} with the mapped rules on (${pct(total.oursToo, total.trivyFiles)}), ${total.oursByDefault} ` +
    `with the default config (${pct(total.oursByDefault, total.trivyFiles)}). Where Trivy gives a line, ours is on ` +
    `an overlapping line in ${total.lineMatched} of ${total.lineComparable} (${pct(total.lineMatched, total.lineComparable)}). ` +
    `(file, check) pairs only ours flagged: ${total.onlyOurs}.`,
);
const silent = [...tallies].filter(([, t]) => t.trivyFiles === 0).map(([check]) => check);
if (silent.length) console.log(`Claimed checks Trivy never reported on these files: ${silent.join(', ')}.`);
if (unclaimed.size)
  console.log(`Trivy checks we do not claim: ${[...unclaimed].map(([c, n]) => `${c} (${n})`).join(', ')}.`);

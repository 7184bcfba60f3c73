import type { AppResult } from './pipeline.js';
import { versionsAgree } from './stand-ins.js';

const seconds = (ms?: number) => (ms === undefined ? '-' : (ms / 1000).toFixed(1));
const megabytes = (bytes?: number) => (bytes === undefined ? '-' : `${Math.round(bytes / 1e6)}`);

export function printTable(results: AppResult[]): void {
  console.log('| app | family | language | stage | image MB | build s | checks s | healthy s | reason |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of results) {
    const reason = [
      r.reason,
      r.standInDiffers.length ? `stand-in ${r.standInDiffers.join(', ')}` : '',
      r.railpackConfig ?? '',
    ]
      .filter(Boolean)
      .join('; ')
      .replaceAll('|', '/');
    console.log(
      `| ${r.app} | ${r.family} | ${r.language ?? '-'} | ${r.stage}${r.versionOnly ? ' (version only)' : r.railpackConfig ? ' (Railpack config)' : ''} | ${megabytes(r.imageBytes)} | ${seconds(r.buildMs)} | ${seconds(r.passMs)} | ${seconds(r.healthyMs)} | ${reason} |`,
    );
  }
}

const GENERATED = new Set(['lint', 'skipped', 'build', 'run', 'passed']);

export function printTotals(results: AppResult[]): void {
  const families = [...new Set(results.map((r) => r.family))].sort();
  console.log(
    '\n| family | apps | generated | lint clean | skipped (registry / stand-in) | buildable | built | passed | version-only fails | Railpack-config fails |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const family of [...families, 'all']) {
    const rows = results.filter((r) => family === 'all' || r.family === family);
    const count = (test: (r: AppResult) => boolean) => rows.filter(test).length;
    const skippedRegistry = count(
      (r) => r.reason.startsWith('skipped:') && !r.reason.includes('no stand-in'),
    );
    const skippedStandIn = count((r) => r.reason.includes('skipped: no stand-in'));
    const buildable = count((r) => ['build', 'run', 'passed'].includes(r.stage));
    console.log(
      `| ${family} | ${rows.length} | ${count((r) => GENERATED.has(r.stage))} | ${count((r) => GENERATED.has(r.stage) && r.lintFindings.length === 0)} | ${skippedRegistry} / ${skippedStandIn} | ${buildable} | ${count((r) => r.stage === 'run' || r.stage === 'passed')} | ${count((r) => r.stage === 'passed')} | ${count((r) => r.versionOnly === true)} | ${count((r) => r.railpackConfig !== undefined)} |`,
    );
  }
  const buildable = results.filter((r) => ['build', 'run', 'passed'].includes(r.stage));
  const passed = buildable.filter((r) => r.stage === 'passed').length;
  const honestFails = buildable.filter((r) => r.stage !== 'passed' && !r.versionOnly && !r.railpackConfig);
  const percent = (part: number, whole: number) => (whole ? `${Math.round((100 * part) / whole)}%` : '-');
  console.log(
    `\nPassed ${passed} of ${buildable.length} buildable apps (${percent(passed, buildable.length)}); ` +
      `${passed} of ${passed + honestFails.length} (${percent(passed, passed + honestFails.length)}) leaving out the failures that are only the stand-in's version or Railpack's own configuration.`,
  );
}

/** The version each generated Dockerfile asks for, against the version the app's own checks print. */
export function printVersions(results: AppResult[]): void {
  const compared = results.flatMap((r) =>
    Object.entries(r.expected)
      .filter(([runtime]) => r.requested[runtime] !== undefined)
      .map(([runtime, expected]) => ({ app: r.app, runtime, expected, requested: r.requested[runtime] })),
  );
  const disagree = compared.filter((c) => !versionsAgree(c.expected, c.requested));
  const pinsOf = (app: string) => results.find((r) => r.app === app)?.pinFiles ?? [];
  const pinned = compared.filter((c) => pinsOf(c.app).length > 0);
  const pinnedAgree = pinned.filter((c) => versionsAgree(c.expected, c.requested)).length;
  console.log(
    `\nVersions: ${compared.length - disagree.length} of ${compared.length} generated Dockerfiles ask for the runtime version the app's checks print; ` +
      `${pinnedAgree} of ${pinned.length} among apps that pin a version in a file.`,
  );
  for (const c of disagree)
    console.log(
      `  ${c.app}: ${c.runtime} ${c.requested}, the app expects ${c.expected} (its pins: ${pinsOf(c.app).join(', ') || 'none'})`,
    );
  const unasked = results.flatMap((r) =>
    Object.entries(r.expected)
      .filter(([runtime]) => r.requested[runtime] === undefined && r.stage !== 'detect')
      .map(([runtime, expected]) => `${r.app}: expects ${runtime} ${expected}, the Dockerfile pins none`),
  );
  for (const line of unasked) console.log(`  ${line}`);
}

/** Start commands against Railpack's plans/NAME.json (one system's choice, not ground truth). */
export function printStarts(results: AppResult[], railpackStart: (app: string) => string | undefined): void {
  const normalise = (command: string) =>
    command
      .replace(/\s+2>&1$/, '')
      .replace(/--config \/?Caddyfile/, '--config /etc/caddy/Caddyfile')
      .replace(/\$\{PORT:-(\d+)\}/g, '$1')
      .replace(/^(pnpm|yarn|bun) run /, 'npm run ')
      .trim();
  const rows = results.map((r) => ({
    app: r.app,
    ours: r.start,
    why: r.startWhy,
    theirs: railpackStart(r.app),
  }));
  const same = rows.filter((r) => r.ours && r.theirs && normalise(r.ours) === normalise(r.theirs));
  const differ = rows.filter((row) => !same.includes(row));
  const explained = differ.filter((r) => r.why);
  console.log(
    `\nStart commands: ${same.length} of ${rows.length} match Railpack's plan; ${explained.length} of the ${differ.length} others have the reason in the rationale:`,
  );
  for (const r of differ)
    console.log(
      `  ${r.app}: ours ${r.ours ?? '(image default)'} / Railpack ${r.theirs ?? '-'}\n    why: ${r.why ?? '(no reason given)'}`,
    );
}

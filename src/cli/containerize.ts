import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ContainerizeReport } from '../containerize/model.js';
import { BASE_ROLES, type BaseRole, isBaseRole } from '../dockerfile/generate/index.js';
import { ToolError } from '../errors.js';
import { Workspace } from '../workspace.js';
import { keyValues, portNumber, positiveNumber } from './args.js';
import { interruptible } from './interrupt.js';

const HELP = `dockwright containerize [DIR] [options]

One run over the project in DIR (default: .): detect, generate the Dockerfile and
.dockerignore (written into the app folder; a different existing Dockerfile is kept and
built unless --overwrite), lint with safe fixes, build with BuildKit, run, verify (its
HEALTHCHECK, an HTTP probe, or exit 0 for a one-shot app), scan, assess, and record a
verified Dockerfile in the pattern memory. The container is removed afterwards; on failure
or Ctrl-C the image too, and on Ctrl-C the files it created.

Options:
  --dry-run               plan only: stack, files, base images, port; no writes, no engine
  --base-image ROLE=IMAGE base image per role (repeatable), e.g. node=node:20-bookworm-slim
  --port N                the port the app listens on (default: detected)
  --keep-running          keep the container (and image) for inspection
  --no-cache              build every step again, not from BuildKit's cache
  --overwrite             replace a Dockerfile that differs from the generated one
  --tag NAME              image name (default: FOLDER:dockwright)
  --label KEY=VALUE       label the image and container (repeatable)
  --timeout SECONDS       how long the app may take to pass verification (default 120)
  --json                  print the whole report as JSON

Exit codes: 0 containerized and verified (or planned), 1 a stage failed (the report says
which, with the evidence), 2 bad input or an error, 130 cancelled.`;

function baseImages(items: string[] | undefined): Partial<Record<BaseRole, string>> | undefined {
  const map = keyValues(items, 'base-image');
  const unknown = Object.keys(map ?? {}).filter((role) => !isBaseRole(role));
  if (unknown.length)
    throw new ToolError(
      'INVALID_ARGUMENT',
      `--base-image role "${unknown[0]}" is unknown.`,
      `Use one of: ${BASE_ROLES.join(', ')}.`,
    );
  return map;
}

/** `dockwright containerize`: the operation project_containerize runs, from a shell. */
export async function containerizeCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean' },
      'base-image': { type: 'string', multiple: true },
      port: { type: 'string' },
      'keep-running': { type: 'boolean' },
      'no-cache': { type: 'boolean' },
      overwrite: { type: 'boolean' },
      tag: { type: 'string' },
      label: { type: 'string', multiple: true },
      timeout: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || positionals.length > 1) {
    console.log(HELP);
    return values.help ? 0 : 2;
  }
  const [{ containerize }, { summarizeReport }, { connectEngine, lazyEngine }, { lazyPatternStore }] =
    await Promise.all([
      import('../containerize/containerize.js'),
      import('../containerize/describe.js'),
      import('../engine/index.js'),
      import('../patterns/open.js'),
    ]);
  // Security: the project folder is the workspace, so nothing is read or written outside it.
  const workspace = new Workspace([path.resolve(positionals[0] ?? '.')]);
  const interrupt = interruptible();
  const json = values.json ?? false;
  try {
    const report = await containerize(
      {
        engine: lazyEngine(() => connectEngine()),
        workspace,
        policy: { recordPatterns: true },
        signal: interrupt.signal,
        patterns: lazyPatternStore(),
        // --overwrite on the command line is the user's own consent.
        confirm: async () => {},
        progress: (_done, _total, message) => {
          if (!json && message) process.stderr.write(`${message}\n`);
        },
      },
      {
        dir: '.',
        dryRun: values['dry-run'] ?? false,
        baseImages: baseImages(values['base-image']),
        port: portNumber(values.port, 'port'),
        keepRunning: values['keep-running'] ?? false,
        noCache: values['no-cache'] ?? false,
        overwrite: values.overwrite ?? false,
        tag: values.tag,
        labels: keyValues(values.label, 'label'),
        timeoutSeconds: positiveNumber(values.timeout, 'timeout') ?? 120,
      },
    );
    console.log(json ? JSON.stringify(report, null, 2) : describeForShell(report, summarizeReport(report)));
    return report.ok ? 0 : 1;
  } catch (error) {
    if (!interrupt.signal.aborted) throw error;
    console.error('dockwright containerize: cancelled; what it created was removed.');
    return 130;
  } finally {
    interrupt.done();
  }
}

function describeForShell(report: ContainerizeReport, summary: string): string {
  const lines = [summary];
  for (const file of report.files) lines.push(`${file.path}: ${file.action}`);
  for (const check of report.checks.passed) lines.push(`ok    ${check}`);
  for (const check of report.checks.failed) lines.push(`FAIL  ${check}`);
  for (const item of report.scan?.notChecked ?? []) lines.push(`not checked: ${item}`);
  if (report.failure)
    lines.push(report.failure.reason, ...(report.failure.evidence ? [report.failure.evidence] : []));
  return lines.join('\n');
}

import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Stack } from '../assess/stack.js';
import { ToolError } from '../errors.js';
import { positiveNumber } from './args.js';
import { interruptible } from './interrupt.js';

const ASSESS_HELP = `dockwright assess IMAGE [options]

Scores IMAGE for production: size against a budget by stack, build time, HIGH/CRITICAL
vulnerabilities, multi-stage build, non-root user, HEALTHCHECK defined and passing (the
image runs briefly; the container is always removed), .dockerignore excluding secrets and
.git, no secrets in layers or environment, start-up time to healthy.

Options:
  -f, --file PATH            Dockerfile the image was built from
  --context DIR              Build context (for .dockerignore; default: the Dockerfile folder)
  --stack NAME               node, python, go, static or other (default: inferred)
  --size-budget-mb N         Size budget in MB (default by stack)
  --build-seconds N          How long the build took
  --no-healthcheck           Do not run the image
  --timeout SECONDS          How long to wait for healthy (default 60)
  --scan-engine KIND         auto (default), trivy or builtin
  --osv-dir DIR              OSV records for the built-in vulnerability matching
  --allow-unknown            Exit 0 when nothing failed, even if some criteria are unknown
  --json                     Print the assessment as JSON

Exit codes: 0 every criterion passed, 1 one failed (or is unknown, without --allow-unknown),
2 bad input or an error.`;

const STACK_NAMES = ['node', 'python', 'go', 'static', 'other'];

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      file: { type: 'string', short: 'f' },
      context: { type: 'string' },
      stack: { type: 'string' },
      'size-budget-mb': { type: 'string' },
      'build-seconds': { type: 'string' },
      'no-healthcheck': { type: 'boolean' },
      timeout: { type: 'string', default: '60' },
      'scan-engine': { type: 'string', default: 'auto' },
      'osv-dir': { type: 'string' },
      'allow-unknown': { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help || positionals.length !== 1) {
    console.log(ASSESS_HELP);
    return values.help ? 0 : 2;
  }
  if (values.stack && !STACK_NAMES.includes(values.stack))
    throw new ToolError(
      'INVALID_ARGUMENT',
      `Unknown stack "${values.stack}".`,
      `Use one of ${STACK_NAMES.join(', ')}.`,
    );
  const scanEngine = values['scan-engine'];
  if (scanEngine !== 'auto' && scanEngine !== 'trivy' && scanEngine !== 'builtin')
    throw new ToolError(
      'INVALID_ARGUMENT',
      `Unknown scan engine "${scanEngine}".`,
      'Use auto, trivy or builtin.',
    );
  const buildSeconds = positiveNumber(values['build-seconds'], 'build-seconds');
  const [{ assessImage }, { describeAllCriteria }, { connectEngine }] = await Promise.all([
    import('../assess/assess.js'),
    import('../assess/describe.js'),
    import('../engine/index.js'),
  ]);
  const interrupt = interruptible();
  try {
    const assessment = await assessImage(await connectEngine(), {
      image: positionals[0],
      dockerfilePath: values.file ? path.resolve(values.file) : undefined,
      contextDir: values.context ? path.resolve(values.context) : undefined,
      stack: values.stack as Stack | undefined,
      sizeBudgetMb: positiveNumber(values['size-budget-mb'], 'size-budget-mb'),
      buildDurationMs: buildSeconds === undefined ? undefined : buildSeconds * 1000,
      runHealthcheck: !values['no-healthcheck'],
      healthTimeoutMs: (positiveNumber(values.timeout, 'timeout') ?? 60) * 1000,
      scan: {
        engine: scanEngine,
        osvSource: values['osv-dir'] ? path.resolve(values['osv-dir']) : undefined,
        timeoutSeconds: 120,
      },
      signal: interrupt.signal,
      onProgress: values.json ? undefined : (message) => process.stderr.write(`${message}\n`),
    });
    console.log(values.json ? JSON.stringify(assessment, null, 2) : describeAllCriteria(assessment));
    if (assessment.verdict === 'pass') return 0;
    return assessment.verdict === 'incomplete' && values['allow-unknown'] ? 0 : 1;
  } finally {
    interrupt.done();
  }
}

/** `dockwright assess`: 0 when every criterion passes, 1 when one fails, 2 on error. */
export async function assessCommand(argv: string[]): Promise<number> {
  try {
    return await run(argv);
  } catch (error) {
    const text = error instanceof ToolError ? error.toText() : (error as Error).message;
    console.error(`dockwright assess: ${text}`);
    return 2;
  }
}

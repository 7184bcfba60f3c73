import path from 'node:path';
import { parseArgs } from 'node:util';
import type { SecretSource } from '../build/secrets.js';
import { ToolError } from '../errors.js';
import { Workspace } from '../workspace.js';
import { keyValues, wholeNumber } from './args.js';
import { describeAnalysis, describeBuild, progressDisplay } from './build-display.js';
import { interruptible } from './interrupt.js';

const BUILD_HELP = `dockwright build [DIR] [options]

Builds DIR (default: the current folder) with BuildKit, showing live progress
(a status line on a terminal, one line per step otherwise). Ctrl-C cancels the build.

Options:
  -t, --tag TAG              Tag the image (repeatable)
  -f, --file PATH            Dockerfile (default: DIR/Dockerfile)
  --target STAGE             Build this stage
  --build-arg KEY=VALUE      Build argument (repeatable)
  --label KEY=VALUE          Image label (repeatable)
  --secret id=ID,src=FILE    Build secret from a file (repeatable)
  --secret id=ID,env=VAR     Build secret from an environment variable
  --no-cache                 Ignore the build cache
  --pull                     Always try to pull newer base images
  --cache-from IMAGE         Cache source (repeatable)
  --platform OS/ARCH         Target platform
  --network MODE             default, none or host
  --builder KIND             auto (default), buildkit or classic
  --json                     Print the result as JSON

Exit codes: 0 built, 1 the build failed, 2 bad input or no engine, 130 cancelled.`;

const ANALYZE_HELP = `dockwright analyze IMAGE [--limit N] [--json]

Says how much of an image is its base and how much the app, what could come out (largest
saving first), and shows its layers, wasted bytes, largest files, runtime settings and
possible secrets.`;

function secretSpec(text: string): SecretSource {
  const fields = Object.fromEntries(text.split(',').map((part) => part.split('=', 2) as [string, string]));
  if (!fields.id)
    throw new ToolError(
      'INVALID_ARGUMENT',
      `--secret "${text}" has no id.`,
      'Write --secret id=ID,src=FILE or id=ID,env=VAR.',
    );
  return { id: fields.id, file: fields.src ?? fields.source, env: fields.env };
}

export async function buildCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      tag: { type: 'string', short: 't', multiple: true },
      file: { type: 'string', short: 'f' },
      target: { type: 'string' },
      'build-arg': { type: 'string', multiple: true },
      label: { type: 'string', multiple: true },
      secret: { type: 'string', multiple: true },
      'no-cache': { type: 'boolean' },
      pull: { type: 'boolean' },
      'cache-from': { type: 'string', multiple: true },
      platform: { type: 'string' },
      network: { type: 'string' },
      builder: { type: 'string', default: 'auto' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(BUILD_HELP);
    return 0;
  }
  if (!['auto', 'buildkit', 'classic'].includes(values.builder)) {
    throw new ToolError(
      'INVALID_ARGUMENT',
      `Unknown builder "${values.builder}".`,
      'Use auto, buildkit or classic.',
    );
  }
  const contextDir = path.resolve(positionals[0] ?? '.');
  const workspace = new Workspace([process.cwd(), contextDir]);
  const [{ runBuild }, { connectEngine }] = await Promise.all([
    import('../build/run.js'),
    import('../engine/index.js'),
  ]);
  const interrupt = interruptible();
  const display = progressDisplay(process.stderr);
  const secrets = values.secret?.map(secretSpec);
  try {
    const result = await runBuild(
      await connectEngine(),
      workspace,
      {
        context: contextDir,
        dockerfile: values.file ? path.resolve(values.file) : undefined,
        tags: values.tag ?? [],
        target: values.target,
        buildArgs: keyValues(values['build-arg'], 'build-arg'),
        labels: keyValues(values.label, 'label'),
        noCache: values['no-cache'],
        pull: values.pull,
        cacheFrom: values['cache-from'],
        platform: values.platform,
        networkMode: values.network === 'default' ? undefined : values.network,
        secrets,
        // The user named these variables on the command line.
        allowEnv: secrets?.flatMap((secret) => (secret.env ? [secret.env] : [])),
        builder: values.builder as 'auto' | 'buildkit' | 'classic',
      },
      { signal: interrupt.signal, onProgress: (update) => display.update(update) },
    );
    display.stop();
    console.log(values.json ? JSON.stringify(result, null, 2) : describeBuild(result));
    return 0;
  } catch (error) {
    display.stop();
    if (!(error instanceof ToolError) || !['BUILD_FAILED', 'CANCELLED'].includes(error.code)) throw error;
    console.error(error.toText());
    return error.code === 'CANCELLED' ? 130 : 1;
  } finally {
    interrupt.done();
  }
}

export async function analyzeCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      limit: { type: 'string', default: '20' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || positionals.length !== 1) {
    console.log(ANALYZE_HELP);
    return values.help ? 0 : 2;
  }
  const limit = wholeNumber(values.limit, 'limit', 1, 100) ?? 20;
  const [{ analyzeImage }, { connectEngine }] = await Promise.all([
    import('../image/analyze.js'),
    import('../engine/index.js'),
  ]);
  const analysis = await analyzeImage(await connectEngine(), positionals[0], { limit });
  console.log(values.json ? JSON.stringify(analysis, null, 2) : describeAnalysis(analysis));
  return 0;
}

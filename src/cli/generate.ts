import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCompose } from '../compose/generate/generate-compose.js';
import {
  FLAVOURS,
  type Flavour,
  generateDockerfile,
  writeGeneratedFiles,
} from '../dockerfile/generate/index.js';
import { ToolError } from '../errors.js';
import { composeFileIn } from '../project/apps.js';
import { detectApps } from '../project/detect-apps.js';
import { detectProject } from '../project/index.js';
import { Workspace } from '../workspace.js';
import { portNumber } from './args.js';
import { generateAppsCommand } from './generate-apps.js';

const HELP = `dockwright generate [DIR] [options]

Detects the project in DIR (default: .) and generates a Dockerfile, .dockerignore and
compose.yaml, each choice with its reason. Prints them unless --write is given. In a
repository with several apps (frontend/ and backend/, apps/*, workspace packages), each app
gets its own Dockerfile and the root one compose.yaml that builds and wires them; an app's
existing Dockerfile is kept (compose.yaml builds with it) unless --overwrite.

      --write              write the files into the project directory
      --overwrite          replace existing files that differ (default: keep them, show the diff)
      --json               print the detected plan, files and reasons as JSON
      --flavour NAME       debian (default), alpine or distroless
      --port N             the port the app listens on
      --app-dir PATH       the app inside a monorepo, relative to DIR
      --no-compose         skip compose.yaml

Base images can be overridden with DOCKWRIGHT_BASE_IMAGES="node=node:20-bookworm-slim,...".
Exit code: 0 success, 2 error (empty directory, unknown stack, conflicting lockfiles, bad options).`;

function parseFlavour(text: string): Flavour {
  if (!(FLAVOURS as readonly string[]).includes(text)) {
    throw new ToolError(
      'INVALID_ARGUMENT',
      `--flavour "${text}" is unknown.`,
      `Use one of: ${FLAVOURS.join(', ')}.`,
    );
  }
  return text as Flavour;
}

export async function generateCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      write: { type: 'boolean' },
      overwrite: { type: 'boolean' },
      json: { type: 'boolean' },
      flavour: { type: 'string', default: 'debian' },
      port: { type: 'string' },
      'app-dir': { type: 'string' },
      'no-compose': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const root = path.resolve(positionals[0] ?? '.');
  // Security: the project directory is the CLI's workspace, so nothing is written outside it.
  const workspace = new Workspace([root]);
  const apps = values['app-dir'] ? [] : detectApps(workspace.primary);
  if (apps.length > 1) {
    if (values.port) {
      throw new ToolError(
        'INVALID_ARGUMENT',
        `--port applies to one app, and ${root} holds ${apps.length} (${apps.map((app) => app.dir).join(', ')}).`,
        'Add --app-dir to pick the app, or leave --port out: each app keeps the port found in its code.',
      );
    }
    return generateAppsCommand(workspace, apps, {
      write: values.write ?? false,
      overwrite: values.overwrite ?? false,
      json: values.json ?? false,
      compose: !values['no-compose'],
      flavour: parseFlavour(values.flavour),
    });
  }
  const plan = detectProject(workspace.primary, { appDir: values['app-dir'] });
  const port = portNumber(values.port, 'port');
  const dockerfile = generateDockerfile(plan, { flavour: parseFlavour(values.flavour), port });
  const compose = values['no-compose']
    ? undefined
    : await generateCompose(plan, { port: port ?? dockerfile.port });
  const files = [
    { name: 'Dockerfile', content: dockerfile.dockerfile },
    { name: '.dockerignore', content: dockerfile.dockerignore },
    ...(compose
      ? [{ name: composeFileIn(path.join(plan.root, plan.appDir.value)), content: compose.compose }]
      : []),
  ];
  const written = await writeGeneratedFiles(workspace, path.join(plan.root, plan.appDir.value), files, {
    write: values.write ?? false,
    overwrite: values.overwrite ?? false,
  });
  const rationale = [...dockerfile.rationale, ...(compose?.rationale ?? [])];
  if (values.json) {
    const { root: _root, ...facts } = plan;
    console.log(
      JSON.stringify(
        { plan: facts, files, rationale, written, filesToCreate: compose?.filesToCreate ?? [] },
        null,
        2,
      ),
    );
    return 0;
  }
  const summary = `${plan.language.value}${plan.framework ? ` (${plan.framework.value})` : ''}, package manager ${plan.packageManager?.value ?? 'none'}`;
  console.log(`Detected: ${summary}${plan.appDir.value === '.' ? '' : ` in ${plan.appDir.value}`}.`);
  if (!values.write) for (const file of files) console.log(`\n----- ${file.name} -----\n${file.content}`);
  console.log('\nWhy:');
  for (const r of rationale) console.log(`  - ${r.choice}: ${r.why}`);
  for (const note of plan.notes) console.log(`Note: ${note}`);
  for (const file of compose?.filesToCreate ?? []) console.log(`Create before "docker compose up": ${file}`);
  for (const w of written) {
    console.log(
      `${w.path}: ${w.action}${w.action === 'exists-differs' && !values.overwrite ? ' (kept; pass --overwrite to replace)' : ''}`,
    );
    if (w.diff && w.action === 'exists-differs') console.log(w.diff);
  }
  return 0;
}

import { VERSION } from './version.js';

type Command = (argv: string[]) => Promise<number>;

/** Each command loads only its own modules, so `dockwright lint` never loads dockerode. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  serve: {
    summary: 'Serve MCP over stdio (default) or Streamable HTTP',
    load: async () => (await import('./cli/serve.js')).serveCommand,
  },
  doctor: {
    summary: 'Check the Docker Engine, BuildKit, Compose and Trivy',
    load: async () => (await import('./cli/doctor.js')).doctorCommand,
  },
  lint: {
    summary: 'Lint Dockerfiles (hadolint-compatible rules and more)',
    load: async () => (await import('./cli/lint.js')).lintCommand,
  },
  generate: {
    summary: 'Detect a project and write its Dockerfile, .dockerignore and compose.yaml',
    load: async () => (await import('./cli/generate.js')).generateCommand,
  },
  containerize: {
    summary: 'Detect, generate, build, run, verify, scan and assess a project in one run',
    load: async () => (await import('./cli/containerize.js')).containerizeCommand,
  },
  build: {
    summary: 'Build an image with BuildKit, with live progress',
    load: async () => (await import('./cli/build.js')).buildCommand,
  },
  pull: {
    summary: 'Pull an image with a progress bar',
    load: async () => (await import('./cli/transfer.js')).transferCommand('pull'),
  },
  push: {
    summary: 'Push an image with a progress bar',
    load: async () => (await import('./cli/transfer.js')).transferCommand('push'),
  },
  analyze: {
    summary: "Show where an image's bytes and risks are",
    load: async () => (await import('./cli/build.js')).analyzeCommand,
  },
  scan: {
    summary: 'Scan an image or folder: vulnerabilities, secrets, SBOM; a policy gate for CI',
    load: async () => (await import('./cli/scan.js')).scanCommand,
  },
  assess: {
    summary: 'Score an image against production-readiness criteria',
    load: async () => (await import('./cli/assess.js')).assessCommand,
  },
  compose: {
    summary: 'Compose stacks: up (wait for healthy), down, ps, logs, validate',
    load: async () => (await import('./cli/compose.js')).composeCommand,
  },
  stack: {
    summary: 'Swarm stacks: deploy, ps, rm',
    load: async () => (await import('./cli/compose.js')).stackCommand,
  },
  k8s: {
    summary: 'Kubernetes manifests from a Compose project, validated and linted',
    load: async () => (await import('./cli/k8s.js')).k8sCommand,
  },
};

export const HELP = `dockwright ${VERSION}: Docker skills for AI assistants, as an MCP server and a CLI.

Usage: dockwright [command] [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(13)} ${c.summary}`)
  .join('\n')}

Examples:
  dockwright                                  serve MCP over stdio (what assistants launch)
  dockwright doctor                           check Docker, BuildKit, Compose, Trivy
  dockwright lint Dockerfile --format sarif   lint for GitHub code scanning
  dockwright generate . --write               write Dockerfile, .dockerignore, compose.yaml
  dockwright containerize . --dry-run         plan a project's image without building it
  dockwright build . -t app:dev               build with live progress
  dockwright scan app:dev --fail-on high      exit 1 when HIGH/CRITICAL findings remain

Run "dockwright <command> --help" for a command's options; add --json for machine output.
Exit codes: 0 success, 1 findings or policy failure, 2 error (bad input, engine unreachable).`;

export async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-v') {
    console.log(VERSION);
    return 0;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    console.log(HELP);
    return 0;
  }
  const isCommand = first !== undefined && !first.startsWith('-');
  const name = isCommand ? first : 'serve';
  const command = COMMANDS[name];
  if (!command) {
    console.error(`dockwright: unknown command "${name}". Run "dockwright --help" for the list.`);
    return 2;
  }
  try {
    return await (await command.load())(isCommand ? rest : argv);
  } catch (error) {
    const { ToolError } = await import('./errors.js');
    console.error(
      `dockwright ${name}: ${error instanceof ToolError ? error.toText() : (error as Error).message}`,
    );
    return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 2;
  },
);

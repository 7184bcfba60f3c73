import { parseArgs } from 'node:util';
import { engineTimeouts } from '../engine/timeouts.js';
import { defaultConfig, type ServerConfig } from '../mcp/config.js';
import { parseAllowEnv } from '../security/environment.js';
import { TOOLSETS, type Toolset } from '../toolkit/tool.js';
import { portNumber } from './args.js';

export const SERVE_HELP = `dockwright serve [options]     (the default command)

Serves MCP over stdio, or over Streamable HTTP with --http.

Options:
  --http                       Serve Streamable HTTP instead of stdio
  --host HOST                  HTTP bind address (default 127.0.0.1)
  --port PORT                  HTTP port (default 8808; 0 picks a free one)
  --token TOKEN                Bearer token HTTP clients must send (or DOCKWRIGHT_TOKEN, or a file
                               named by DOCKWRIGHT_TOKEN_FILE); required to bind anything but loopback
  --allowed-host HOST          Accept this Host header too (repeatable), e.g. behind a proxy
  --workspace DIR              Workspace root when the client offers no MCP roots (repeatable;
                               default: the current directory)
  --read-only                  Offer only tools that change nothing
  --toolsets a,b               Offer only these toolsets: ${TOOLSETS.join(', ')}
  --no-record-patterns         Do not record proven Dockerfiles in the pattern memory
  --allow-privileged           Allow privileged containers
  --allow-host-namespaces      Allow host networking and the host PID namespace
  --allow-capabilities         Allow adding Linux capabilities
  --allow-bind-outside-workspace  Allow bind mounts outside the workspace
  --allow-docker-socket        Allow mounting the Docker socket into containers
  --allow-devices              Allow host devices (devices:, device_cgroup_rules, gpus, block-device volumes)
  --allow-env NAME,...         Environment variables build secrets may read (repeatable; NAME_* for a
                               prefix; also DOCKWRIGHT_ALLOW_ENV). DOCKWRIGHT_* is never readable
  --engine-timeout SECONDS     Limit for each Docker Engine API call (default 30, or
                               DOCKWRIGHT_ENGINE_TIMEOUT; builds and pulls have their own longer limits)

Examples:
  dockwright                                # stdio, for Claude Code / Desktop, VS Code, Cursor
  dockwright serve --read-only --toolsets container,image
  DOCKWRIGHT_TOKEN=s3cret dockwright serve --http --host 0.0.0.0 --port 8808`;

export const serveOptions = {
  http: { type: 'boolean' },
  host: { type: 'string', default: '127.0.0.1' },
  port: { type: 'string', default: '8808' },
  token: { type: 'string' },
  'allowed-host': { type: 'string', multiple: true },
  workspace: { type: 'string', multiple: true },
  'read-only': { type: 'boolean' },
  toolsets: { type: 'string' },
  'no-record-patterns': { type: 'boolean' },
  'allow-privileged': { type: 'boolean' },
  'allow-host-namespaces': { type: 'boolean' },
  'allow-capabilities': { type: 'boolean' },
  'allow-bind-outside-workspace': { type: 'boolean' },
  'allow-docker-socket': { type: 'boolean' },
  'allow-devices': { type: 'boolean' },
  'allow-env': { type: 'string', multiple: true },
  'engine-timeout': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function configFromFlags(argv: string[]): { config: ServerConfig; values: Record<string, unknown> } {
  const { values } = parseArgs({ args: argv, options: serveOptions, allowPositionals: false, strict: true });
  let toolsets: Toolset[] | undefined;
  if (values.toolsets) {
    toolsets = values.toolsets.split(',').map((t) => t.trim()) as Toolset[];
    const unknown = toolsets.filter((t) => !TOOLSETS.includes(t));
    if (unknown.length)
      throw new Error(`Unknown toolset(s): ${unknown.join(', ')}. Known: ${TOOLSETS.join(', ')}.`);
  }
  const config = defaultConfig({
    workspace: values.workspace?.length ? values.workspace : [process.cwd()],
    readOnly: Boolean(values['read-only']),
    toolsets,
    recordPatterns: !values['no-record-patterns'],
    allowEnv: parseAllowEnv(values['allow-env']),
    engineTimeoutSeconds:
      engineTimeouts({
        DOCKWRIGHT_ENGINE_TIMEOUT: values['engine-timeout'] ?? process.env.DOCKWRIGHT_ENGINE_TIMEOUT,
      }).apiMs / 1000,
    allow: {
      privileged: Boolean(values['allow-privileged']),
      hostNamespaces: Boolean(values['allow-host-namespaces']),
      capabilities: Boolean(values['allow-capabilities']),
      bindOutsideWorkspace: Boolean(values['allow-bind-outside-workspace']),
      dockerSocket: Boolean(values['allow-docker-socket']),
      devices: Boolean(values['allow-devices']),
    },
  });
  return { config, values };
}

/** --token, else DOCKWRIGHT_TOKEN, else the file named by DOCKWRIGHT_TOKEN_FILE (a Compose or Swarm secret). */
async function readToken(flag: string | undefined): Promise<string | undefined> {
  if (flag) return flag;
  if (process.env.DOCKWRIGHT_TOKEN) return process.env.DOCKWRIGHT_TOKEN;
  const file = process.env.DOCKWRIGHT_TOKEN_FILE;
  if (!file) return undefined;
  const { readFile } = await import('node:fs/promises');
  const token = (await readFile(file, 'utf8')).trim();
  if (!token) throw new Error(`DOCKWRIGHT_TOKEN_FILE ${file} is empty; put the token in it.`);
  return token;
}

export async function serveCommand(argv: string[]): Promise<number> {
  const { config, values } = configFromFlags(argv);
  if (values.help) {
    console.log(SERVE_HELP);
    return 0;
  }
  if (values.http) {
    const { serveHttp } = await import('../mcp/http.js');
    const port = portNumber(String(values.port), 'port', 0) ?? 8808;
    const http = await serveHttp(config, {
      host: String(values.host),
      port,
      token: await readToken(values.token as string | undefined),
      allowedHosts: values['allowed-host'] as string[] | undefined,
    });
    console.error(`dockwright: MCP over Streamable HTTP at ${http.url}`);
    const stop = () => void http.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return new Promise<number>(() => {});
  }
  const [{ StdioServerTransport }, { createServer }] = await Promise.all([
    import('@modelcontextprotocol/sdk/server/stdio.js'),
    import('../mcp/server.js'),
  ]);
  const server = createServer(config);
  await server.connect(new StdioServerTransport());
  return new Promise<number>((resolve) => {
    server.onclose = () => resolve(0);
    process.stdin.once('end', () => resolve(0));
  });
}

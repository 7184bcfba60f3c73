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
  --token TOKEN                Bearer token HTTP clients must send (or DOCKWRIGHT_TOKEN)
  --token-file FILE            Read the token from FILE, or create FILE (mode 0600) with a new one
                               (or DOCKWRIGHT_TOKEN_FILE). With no token at all, one is generated
                               and printed on stderr
  --unsafe-no-auth             Serve HTTP without a token (loopback only): any local user can then
                               drive Docker, which is root on this host
  --max-sessions N             Most HTTP sessions at once (default 32)
  --session-idle-timeout SECS  Close an HTTP session idle this long (default 1800)
  --allowed-host HOST          Accept this Host header too (repeatable), e.g. behind a proxy
  --workspace DIR              Workspace root (repeatable; default: the current directory). Roots
                               a client declares replace it over stdio, but only narrow it when
                               --workspace is given or over HTTP
  --read-only                  Offer only tools that change nothing
  --toolsets a,b               Offer only these toolsets: ${TOOLSETS.join(', ')}
  --no-record-patterns         Do not record built Dockerfiles in the pattern memory
  --allow-privileged           Allow privileged containers
  --allow-host-namespaces      Allow host networking and the host PID namespace
  --allow-capabilities         Allow adding Linux capabilities
  --allow-bind-outside-workspace  Allow bind mounts outside the workspace (not of the engine's socket
                               or a folder holding it: that needs --allow-docker-socket)
  --allow-docker-socket        Allow mounting the Docker socket into containers
  --allow-devices              Allow host devices (devices:, device_cgroup_rules, gpus, block-device volumes)
  --allow-env NAME,...         Environment variables build secrets may read (repeatable; NAME_* for a
                               prefix; also DOCKWRIGHT_ALLOW_ENV). DOCKWRIGHT_* is never readable
  --engine-timeout SECONDS     Limit for each Docker Engine API call (default 30, or
                               DOCKWRIGHT_ENGINE_TIMEOUT; builds and pulls have their own longer limits)
  --allow-confirm-argument     Accept confirm: true from the model when the client cannot ask the
                               user (no MCP elicitation); otherwise such calls are refused

Examples:
  dockwright                                # stdio, for Claude Code / Desktop, VS Code, Cursor
  dockwright serve --read-only --toolsets container,image
  dockwright serve --http --token-file ~/.config/dockwright/token
  DOCKWRIGHT_TOKEN=s3cret dockwright serve --http --host 0.0.0.0 --port 8808`;

export const serveOptions = {
  http: { type: 'boolean' },
  host: { type: 'string', default: '127.0.0.1' },
  port: { type: 'string', default: '8808' },
  token: { type: 'string' },
  'token-file': { type: 'string' },
  'unsafe-no-auth': { type: 'boolean' },
  'max-sessions': { type: 'string', default: '32' },
  'session-idle-timeout': { type: 'string', default: '1800' },
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
  'allow-confirm-argument': { type: 'boolean' },
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
    narrowClientRoots: Boolean(values.http || values.workspace?.length),
    allow: {
      privileged: Boolean(values['allow-privileged']),
      hostNamespaces: Boolean(values['allow-host-namespaces']),
      capabilities: Boolean(values['allow-capabilities']),
      bindOutsideWorkspace: Boolean(values['allow-bind-outside-workspace']),
      dockerSocket: Boolean(values['allow-docker-socket']),
      confirmArgument: Boolean(values['allow-confirm-argument']),
      devices: Boolean(values['allow-devices']),
    },
  });
  return { config, values };
}

function positiveInteger(value: unknown, flag: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`${flag} must be a whole number >= ${min}, got "${value}".`);
  return n;
}

export async function serveCommand(argv: string[]): Promise<number> {
  const { config, values } = configFromFlags(argv);
  if (values.help) {
    console.log(SERVE_HELP);
    return 0;
  }
  if (values.http) {
    const [{ serveHttp }, { chooseHttpToken }] = await Promise.all([
      import('../mcp/http.js'),
      import('./http-token.js'),
    ]);
    const port = portNumber(String(values.port), 'port', 0) ?? 8808;
    const { token, notice } = await chooseHttpToken({
      flag: values.token as string | undefined,
      file: values['token-file'] as string | undefined,
      unsafeNoAuth: Boolean(values['unsafe-no-auth']),
    });
    const http = await serveHttp(config, {
      host: String(values.host),
      port,
      token,
      unsafeNoAuth: Boolean(values['unsafe-no-auth']),
      allowedHosts: values['allowed-host'] as string[] | undefined,
      maxSessions: positiveInteger(values['max-sessions'], '--max-sessions', 1),
      sessionIdleMs: positiveInteger(values['session-idle-timeout'], '--session-idle-timeout', 1) * 1000,
    });
    if (notice) console.error(`dockwright: ${notice}`);
    console.error(`dockwright: MCP over Streamable HTTP at ${http.url}`);
    const stop = () => void http.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return new Promise<number>(() => {});
  }
  const [{ StdioTransport }, { RequestGuard }, { createServer }] = await Promise.all([
    import('../mcp/stdio-transport.js'),
    import('../mcp/request-guard.js'),
    import('../mcp/server.js'),
  ]);
  const server = createServer(config);
  await server.connect(new RequestGuard(new StdioTransport()));
  return new Promise<number>((resolve) => {
    server.onclose = () => resolve(0);
  });
}

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where and how to reach the engine, resolved the way the docker CLI resolves it. */
export interface EngineEndpoint {
  /** As dockerode's options: socketPath, or protocol/host/port, plus TLS material. */
  options: {
    socketPath?: string;
    protocol?: 'http' | 'https' | 'ssh';
    host?: string;
    port?: number;
    username?: string;
    ca?: Buffer;
    cert?: Buffer;
    key?: Buffer;
  };
  /** For display: the socket path or URL. */
  display: string;
  /** The docker context it came from, when one was used. */
  context?: string;
  source: 'DOCKER_HOST' | 'context' | 'default';
}

function dockerConfigDir(env: NodeJS.ProcessEnv): string {
  return env.DOCKER_CONFIG ?? path.join(os.homedir(), '.docker');
}

function readTls(dir: string) {
  const read = (name: string) => {
    const file = path.join(dir, name);
    return existsSync(file) ? readFileSync(file) : undefined;
  };
  return { ca: read('ca.pem'), cert: read('cert.pem'), key: read('key.pem') };
}

/** Parses a DOCKER_HOST-style address: unix://, npipe://, tcp://, http(s)://, ssh://. */
export function parseHost(
  host: string,
  tls: { verify: boolean; certPath?: string },
): EngineEndpoint['options'] {
  if (host.startsWith('unix://')) return { socketPath: host.slice('unix://'.length) };
  if (host.startsWith('npipe://')) return { socketPath: host.slice('npipe://'.length).replaceAll('/', '\\') };
  const url = new URL(host.replace(/^tcp:\/\//, tls.verify ? 'https://' : 'http://'));
  if (url.protocol === 'ssh:') {
    return {
      protocol: 'ssh',
      host: url.hostname,
      port: Number(url.port || 22),
      username: url.username || undefined,
    };
  }
  const https = url.protocol === 'https:';
  const material = https && tls.certPath ? readTls(tls.certPath) : {};
  return {
    protocol: https ? 'https' : 'http',
    host: url.hostname,
    port: Number(url.port || (https ? 2376 : 2375)),
    ...material,
  };
}

interface ContextMeta {
  Name: string;
  Endpoints?: { docker?: { Host?: string; SkipTLSVerify?: boolean } };
}

/** Reads a named context from ~/.docker/contexts (meta by sha256 of the name, TLS beside it). */
function readContext(configDir: string, name: string): { host: string; tlsDir?: string } | undefined {
  const id = createHash('sha256').update(name).digest('hex');
  const metaFile = path.join(configDir, 'contexts', 'meta', id, 'meta.json');
  if (!existsSync(metaFile)) return undefined;
  const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as ContextMeta;
  const host = meta.Endpoints?.docker?.Host;
  if (!host) return undefined;
  const tlsDir = path.join(configDir, 'contexts', 'tls', id, 'docker');
  return { host, tlsDir: existsSync(tlsDir) ? tlsDir : undefined };
}

function currentContextName(env: NodeJS.ProcessEnv, configDir: string): string | undefined {
  if (env.DOCKER_CONTEXT) return env.DOCKER_CONTEXT;
  const configFile = path.join(configDir, 'config.json');
  if (!existsSync(configFile)) return undefined;
  try {
    return (JSON.parse(readFileSync(configFile, 'utf8')) as { currentContext?: string }).currentContext;
  } catch {
    return undefined;
  }
}

/**
 * The docker CLI's order: DOCKER_HOST, then DOCKER_CONTEXT, then the current context in
 * config.json, then the platform's default socket.
 */
export function resolveEndpoint(env: NodeJS.ProcessEnv = process.env): EngineEndpoint {
  const tls = {
    verify: Boolean(env.DOCKER_TLS_VERIFY && env.DOCKER_TLS_VERIFY !== '0'),
    certPath: env.DOCKER_CERT_PATH,
  };
  if (env.DOCKER_HOST) {
    return { options: parseHost(env.DOCKER_HOST, tls), display: env.DOCKER_HOST, source: 'DOCKER_HOST' };
  }
  const configDir = dockerConfigDir(env);
  const contextName = currentContextName(env, configDir);
  if (contextName && contextName !== 'default') {
    const context = readContext(configDir, contextName);
    if (context) {
      const options = parseHost(context.host, { verify: Boolean(context.tlsDir), certPath: context.tlsDir });
      return { options, display: context.host, context: contextName, source: 'context' };
    }
  }
  const socketPath = process.platform === 'win32' ? '//./pipe/docker_engine' : '/var/run/docker.sock';
  return { options: { socketPath }, display: `unix://${socketPath}`, source: 'default' };
}

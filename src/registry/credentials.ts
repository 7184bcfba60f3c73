import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { RegistryAuth } from '../engine/types.js';
import { runProcess } from '../exec/process.js';

interface DockerConfigFile {
  auths?: Record<string, { auth?: string; identitytoken?: string }>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
}

const HUB_KEYS = ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];

function keysFor(domain: string): string[] {
  return domain === 'docker.io'
    ? HUB_KEYS
    : [domain, `https://${domain}`, `http://${domain}`, `https://${domain}/v1/`];
}

async function fromHelper(helper: string, server: string): Promise<RegistryAuth | undefined> {
  // Security: the helper is a fixed program name from config.json, run with an argv, never a shell.
  if (!/^[A-Za-z0-9_.-]+$/.test(helper)) return undefined;
  const result = await runProcess(`docker-credential-${helper}`, ['get'], {
    input: server,
    timeoutMs: 10_000,
  }).catch(() => undefined);
  if (result?.exitCode !== 0) return undefined;
  const parsed = JSON.parse(result.stdout) as { Username?: string; Secret?: string };
  if (!parsed.Secret) return undefined;
  return parsed.Username === '<token>'
    ? { identitytoken: parsed.Secret, serveraddress: server }
    : { username: parsed.Username, password: parsed.Secret, serveraddress: server };
}

/**
 * Credentials for a registry the way the docker CLI finds them: a credential helper for
 * that registry, the global credsStore, then the inline `auths` entry of config.json.
 */
export async function findCredentials(
  domain: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<RegistryAuth | undefined> {
  const file = path.join(env.DOCKER_CONFIG ?? path.join(os.homedir(), '.docker'), 'config.json');
  let config: DockerConfigFile;
  try {
    config = JSON.parse(await readFile(file, 'utf8')) as DockerConfigFile;
  } catch {
    return undefined;
  }
  const keys = keysFor(domain);
  const helper = keys.map((k) => config.credHelpers?.[k]).find(Boolean) ?? config.credsStore;
  if (helper) {
    const auth = await fromHelper(helper, domain === 'docker.io' ? HUB_KEYS[0] : domain);
    if (auth) return auth;
  }
  const entry = keys.map((k) => config.auths?.[k]).find(Boolean);
  if (entry?.identitytoken) return { identitytoken: entry.identitytoken, serveraddress: domain };
  if (entry?.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), serveraddress: domain };
  }
  return undefined;
}

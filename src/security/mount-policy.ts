import { statSync } from 'node:fs';
import path from 'node:path';
import { isWithin, realpathOfExistingPrefix, type Workspace } from '../workspace.js';
import type { AllowFlags } from './allow-flags.js';

/** Why a host path may not reach a container, and the flag that would allow it. */
export interface Refusal {
  code: 'REFUSED' | 'PATH_OUTSIDE_WORKSPACE';
  reason: string;
  flag: string;
}

function engineSockets(): string[] {
  const fromHost = /^unix:\/\/(.+)$/.exec(process.env.DOCKER_HOST ?? '')?.[1];
  const runtime = process.env.XDG_RUNTIME_DIR;
  return [
    '/var/run/docker.sock',
    '/run/docker.sock',
    '/run/containerd/containerd.sock',
    '/run/podman/podman.sock',
    ...(fromHost ? [fromHost] : []),
    ...(runtime ? [path.join(runtime, 'docker.sock'), path.join(runtime, 'podman/podman.sock')] : []),
  ].map(realpathOfExistingPrefix);
}

function isSocketFile(real: string): boolean {
  try {
    return statSync(real).isSocket();
  } catch {
    return false;
  }
}

/**
 * Security: a mount hands over the engine when its real path is a Unix socket or a folder
 * that holds the engine's socket (/, /run, /var/run ...), whatever name or link led there.
 */
export function exposesEngineSocket(real: string): boolean {
  const base = path.basename(real);
  if (base === 'docker.sock' || base === 'podman.sock' || isSocketFile(real)) return true;
  return engineSockets().some((socket) => isWithin(real, socket));
}

/**
 * The one check for a host path that a container will see (bind mount, secret or config
 * file, bind-backed volume): resolved as the engine will see it (symlinks of the existing
 * prefix followed), inside the workspace unless allowed, never the engine's socket unless
 * allowed. Returns the resolved path, or why it is refused.
 */
export function checkHostMount(
  absolute: string,
  allow: AllowFlags,
  workspace: Workspace,
): { real: string } | Refusal {
  const real = realpathOfExistingPrefix(absolute);
  if (exposesEngineSocket(real) && !allow.dockerSocket)
    return {
      code: 'REFUSED',
      reason: `${absolute}${real === absolute ? '' : ` (really ${real})`} is or holds the Docker socket, which hands over control of the engine`,
      flag: '--allow-docker-socket',
    };
  if (!allow.bindOutsideWorkspace && !workspace.roots.some((root) => isWithin(root, real)))
    return {
      code: 'PATH_OUTSIDE_WORKSPACE',
      reason: `${absolute}${real === absolute ? '' : ` (really ${real})`} is outside the workspace (${workspace.roots.join(', ')})`,
      flag: '--allow-bind-outside-workspace',
    };
  return { real };
}

/** A host path read (build context, env file): inside the workspace once links are resolved. */
export function checkHostRead(
  absolute: string,
  allow: AllowFlags,
  workspace: Workspace,
): Refusal | undefined {
  const real = realpathOfExistingPrefix(absolute);
  if (allow.bindOutsideWorkspace || workspace.roots.some((root) => isWithin(root, real))) return undefined;
  return {
    code: 'PATH_OUTSIDE_WORKSPACE',
    reason: `${absolute}${real === absolute ? '' : ` (really ${real})`} is outside the workspace (${workspace.roots.join(', ')})`,
    flag: '--allow-bind-outside-workspace',
  };
}

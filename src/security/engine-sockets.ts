import { realpathSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const WELL_KNOWN_SOCKETS = [
  '/var/run/docker.sock',
  '/run/docker.sock',
  '/run/containerd/containerd.sock',
  '/run/podman/podman.sock',
  '/run/buildkit/buildkitd.sock',
  '/run/crio/crio.sock',
];
const SOCKET_NAMES = new Set([
  'docker.sock',
  'podman.sock',
  'containerd.sock',
  'buildkitd.sock',
  'crio.sock',
]);

function realOrSame(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    return file;
  }
}

/** Sockets that hand over a container engine: the well-known ones, DOCKER_HOST's, and per-user ones. */
function engineSockets(env: NodeJS.ProcessEnv = process.env): string[] {
  const sockets = [...WELL_KNOWN_SOCKETS, path.join(os.homedir(), '.docker/run/docker.sock')];
  if (env.DOCKER_HOST?.startsWith('unix://')) sockets.push(env.DOCKER_HOST.slice('unix://'.length));
  if (env.XDG_RUNTIME_DIR)
    sockets.push(
      path.join(env.XDG_RUNTIME_DIR, 'docker.sock'),
      path.join(env.XDG_RUNTIME_DIR, 'podman/podman.sock'),
    );
  return sockets;
}

const contains = (folder: string, file: string) => {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/**
 * The real path of a bind source, and the engine socket it would expose, if any.
 * Security: a bind of the socket itself, of a folder that holds it (`/`, `/run`, `/var/run`),
 * or of a symlink to either reaches the engine, which is root on the host. Shared by every
 * place that mounts host paths (container_run, Compose), whatever other bind flag is given.
 */
export function engineSocketReachedBy(source: string): { real: string; socket?: string } {
  const real = realOrSame(path.resolve(source));
  if (SOCKET_NAMES.has(path.basename(real))) return { real, socket: real };
  for (const socket of engineSockets()) {
    for (const candidate of new Set([socket, realOrSame(socket)])) {
      if (contains(real, candidate)) return { real, socket: candidate };
    }
  }
  return { real };
}

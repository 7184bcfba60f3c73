import { ToolError } from '../errors.js';

export interface ImageReference {
  /** Registry host as used for the HTTP API (docker.io becomes registry-1.docker.io). */
  registry: string;
  /** The name as the engine knows the registry (docker.io stays docker.io). */
  domain: string;
  repository: string;
  tag?: string;
  digest?: string;
}

const DOCKER_HUB = 'docker.io';

/** Parses `[registry/]repo[:tag][@digest]` the way the docker CLI normalises names. */
export function parseReference(ref: string): ImageReference {
  if (!ref || ref.startsWith('-') || /\s/.test(ref)) {
    throw new ToolError(
      'INVALID_ARGUMENT',
      `"${ref}" is not an image reference.`,
      'Use a form like "nginx:1.27" or "localhost:5000/app:1.0".',
    );
  }
  let rest = ref;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const lastColon = rest.lastIndexOf(':');
  if (lastColon > rest.lastIndexOf('/')) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
  }
  const slash = rest.indexOf('/');
  const first = slash >= 0 ? rest.slice(0, slash) : '';
  const hasDomain = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const domain = hasDomain ? first : DOCKER_HUB;
  let repository = hasDomain ? rest.slice(slash + 1) : rest;
  if (domain === DOCKER_HUB && !repository.includes('/')) repository = `library/${repository}`;
  if (!/^[a-z0-9]+([._-]+[a-z0-9]+)*(\/[a-z0-9]+([._-]+[a-z0-9]+)*)*$/.test(repository)) {
    throw new ToolError(
      'INVALID_ARGUMENT',
      `"${ref}" has an invalid repository name.`,
      'Repository names are lowercase letters, digits, and . _ - /.',
    );
  }
  return {
    registry: domain === DOCKER_HUB ? 'registry-1.docker.io' : domain,
    domain,
    repository,
    tag: tag ?? (digest ? undefined : 'latest'),
    digest,
  };
}

/** Registries reached over plain HTTP: loopback ones, as the engine treats them. */
export function isInsecureRegistry(registry: string): boolean {
  const host = registry.replace(/:\d+$/, '');
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host.startsWith('127.');
}

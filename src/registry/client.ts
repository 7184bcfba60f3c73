import type { RegistryAuth } from '../engine/types.js';
import { ToolError } from '../errors.js';
import { type ImageReference, isInsecureRegistry } from './reference.js';

const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

function parseChallenge(header: string): { scheme: string; params: Record<string, string> } {
  const [scheme, ...rest] = header.split(' ');
  const params: Record<string, string> = {};
  for (const match of rest.join(' ').matchAll(/(\w+)="([^"]*)"/g)) params[match[1]] = match[2];
  return { scheme: scheme.toLowerCase(), params };
}

function basic(auth: RegistryAuth | undefined): string | undefined {
  return auth?.username
    ? `Basic ${Buffer.from(`${auth.username}:${auth.password ?? ''}`).toString('base64')}`
    : undefined;
}

/** One Registry HTTP API v2 request, answering a Bearer or Basic challenge once. */
async function request(
  ref: ImageReference,
  path: string,
  auth: RegistryAuth | undefined,
  accept?: string,
  signal?: AbortSignal,
) {
  const url = `${isInsecureRegistry(ref.registry) ? 'http' : 'https'}://${ref.registry}/v2/${path}`;
  const headers: Record<string, string> = accept ? { accept } : {};
  let response = await fetch(url, { headers, signal });
  if (response.status === 401) {
    const challenge = parseChallenge(response.headers.get('www-authenticate') ?? '');
    if (challenge.scheme === 'bearer' && challenge.params.realm) {
      const tokenUrl = new URL(challenge.params.realm);
      if (challenge.params.service) tokenUrl.searchParams.set('service', challenge.params.service);
      tokenUrl.searchParams.set('scope', challenge.params.scope ?? `repository:${ref.repository}:pull`);
      const authorization = basic(auth);
      const tokenResponse = await fetch(tokenUrl, {
        headers: authorization ? { authorization } : {},
        signal,
      });
      if (!tokenResponse.ok) throw unauthorized(ref, tokenResponse.status);
      const token = (await tokenResponse.json()) as { token?: string; access_token?: string };
      headers.authorization = `Bearer ${token.token ?? token.access_token}`;
    } else if (challenge.scheme === 'basic' && basic(auth)) {
      headers.authorization = basic(auth)!;
    } else {
      throw unauthorized(ref, 401);
    }
    response = await fetch(url, { headers, signal });
  }
  if (response.status === 401 || response.status === 403) throw unauthorized(ref, response.status);
  if (response.status === 404) {
    throw new ToolError(
      'NOT_FOUND',
      `${ref.domain}/${ref.repository} has no ${path.split('/').pop()}.`,
      'Check the repository and tag.',
    );
  }
  if (!response.ok) {
    throw new ToolError(
      'ENGINE_ERROR',
      `Registry ${ref.registry} answered ${response.status} for ${path}.`,
      'Retry later or check the registry.',
    );
  }
  return response;
}

function unauthorized(ref: ImageReference, status: number): ToolError {
  return new ToolError(
    'REFUSED',
    `Registry ${ref.registry} refused access to ${ref.repository} (HTTP ${status}).`,
    'Log in with `docker login` (dockwright reads ~/.docker/config.json and credential helpers) or pass credentials.',
  );
}

function reachError(ref: ImageReference, error: unknown): ToolError {
  return new ToolError(
    'ENGINE_ERROR',
    `Cannot reach registry ${ref.registry}: ${(error as Error).message}.`,
    'Check the registry address and the network; loopback registries are spoken to over plain HTTP.',
  );
}

export async function listTags(
  ref: ImageReference,
  auth?: RegistryAuth,
  signal?: AbortSignal,
): Promise<string[]> {
  try {
    const response = await request(ref, `${ref.repository}/tags/list`, auth, undefined, signal);
    return ((await response.json()) as { tags?: string[] | null }).tags ?? [];
  } catch (error) {
    throw error instanceof ToolError ? error : reachError(ref, error);
  }
}

export interface ManifestSummary {
  mediaType: string;
  digest?: string;
  platforms?: string[];
  layers?: number;
  size?: number;
  config?: string;
}

export async function getManifest(
  ref: ImageReference,
  auth?: RegistryAuth,
  signal?: AbortSignal,
): Promise<ManifestSummary> {
  try {
    const response = await request(
      ref,
      `${ref.repository}/manifests/${ref.digest ?? ref.tag}`,
      auth,
      MANIFEST_TYPES,
      signal,
    );
    const body = (await response.json()) as {
      mediaType?: string;
      manifests?: { platform?: { os: string; architecture: string; variant?: string } }[];
      layers?: { size: number }[];
      config?: { digest: string };
    };
    const mediaType = body.mediaType ?? response.headers.get('content-type') ?? 'unknown';
    return {
      mediaType,
      digest: response.headers.get('docker-content-digest') ?? undefined,
      platforms: body.manifests?.map((m) =>
        m.platform
          ? [m.platform.os, m.platform.architecture, m.platform.variant].filter(Boolean).join('/')
          : 'unknown',
      ),
      layers: body.layers?.length,
      size: body.layers?.reduce((sum, l) => sum + l.size, 0),
      config: body.config?.digest,
    };
  } catch (error) {
    throw error instanceof ToolError ? error : reachError(ref, error);
  }
}

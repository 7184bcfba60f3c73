/** What answers the Docker API: the Docker Engine, or Podman's Docker-compatible service. */
export type EngineProduct = 'docker' | 'podman';

export interface VersionComponents {
  Version?: string;
  Components?: { Name?: string; Version?: string }[];
}

/** Podman names itself in /version's Components ("Podman Engine"); Docker says "Engine". */
export function engineProductOf(version: VersionComponents): { product: EngineProduct; productName: string } {
  const podman = version.Components?.find((c) => /podman/i.test(c.Name ?? ''));
  if (podman)
    return { product: 'podman', productName: `Podman ${podman.Version ?? version.Version ?? ''}`.trim() };
  return { product: 'docker', productName: `Docker Engine ${version.Version ?? ''}`.trim() };
}

/** Podman's service has no BuildKit session endpoint (/session answers 404): its builder is Buildah. */
export const PODMAN_BUILD_NOTE =
  "Podman has no BuildKit session endpoint: built with Podman's builder (Buildah) through the classic build API; build secrets are not available.";

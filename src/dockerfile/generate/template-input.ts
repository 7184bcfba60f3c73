import type { ProjectPlan } from '../../project/types.js';
import type { BaseRole, Flavour } from './base-images.js';
import type { DockerfileBuilder } from './dockerfile-builder.js';
import type { Healthcheck } from './healthcheck.js';

export interface TemplateInput {
  plan: ProjectPlan;
  flavour: Flavour;
  /** The port the app listens on, after the caller's override. */
  port?: number;
  /** The runtime version after the caller's override (major.minor). */
  version: string;
  baseImages: Partial<Record<BaseRole, string>>;
  /** Mount a private-registry credential as a build secret during installs. */
  privateRegistry: boolean;
}

export interface TemplateOutput {
  builder: DockerfileBuilder;
  healthcheck: Healthcheck;
  /** The user the container runs as. */
  user: string;
  /** The port the image listens on when the template chose it (a static server's default). */
  port?: number;
}

/** OCI labels shared by every template. */
export function ociLabels(plan: ProjectPlan, name: string): string {
  const title = name.replace(/[^\w.-]/g, '-');
  const description = `${plan.framework?.value ?? plan.language.value} app containerized by dockwright`;
  return `LABEL org.opencontainers.image.title="${title}" \\\n      org.opencontainers.image.description="${description}"`;
}

/**
 * `COPY a b ./` for the manifests at the root, and one COPY per folder for nested ones
 * (workspace manifests keep their paths; a folder is listed with a trailing slash), so
 * installs are cached until a manifest changes.
 */
export function copyManifests(manifests: string[]): string | undefined {
  if (manifests.length === 0) return undefined;
  const atRoot = manifests.filter((file) => !file.includes('/'));
  const nested = manifests.filter((file) => file.includes('/'));
  const lines = atRoot.length > 0 ? [`COPY ${atRoot.join(' ')} ./`] : [];
  for (const file of nested) {
    const target = file.endsWith('/') ? file : `${file.slice(0, file.lastIndexOf('/'))}/`;
    lines.push(`COPY ${file} ${target}`);
  }
  return lines.join('\n');
}

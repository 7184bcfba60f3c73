import path from 'node:path';
import type { ComposeProject } from '../compose/model.js';
import type { ImageDetails } from '../engine/types.js';
import { factsFromDockerfile, factsFromImage, type ImageFacts } from './image-facts.js';
import { lintManifests } from './lint.js';
import type { K8sFinding, Manifest, NotTranslated, SecretToCreate } from './model.js';
import { composeToKubernetes } from './translate.js';
import { validateManifests } from './validate.js';

export type { K8sFinding, Manifest, NotTranslated, SecretToCreate } from './model.js';

export interface KubernetesOptions {
  /** The manifests' namespace; none means the kubectl context's. */
  namespace?: string;
  /** Reads a local image's configuration (user, healthcheck), when an engine is at hand. */
  inspectImage?: (image: string) => Promise<ImageDetails | undefined>;
  /** Returns the path when a file may be read (workspace confinement), or throws. */
  allowRead?: (file: string) => string;
}

export interface KubernetesResult {
  manifests: Manifest[];
  yaml: string;
  notTranslated: NotTranslated[];
  secretsToCreate: SecretToCreate[];
  notes: string[];
  /** Schema errors (K8S000) and risks (K8S001...). */
  findings: K8sFinding[];
  valid: boolean;
}

async function imageFactsOf(project: ComposeProject, options: KubernetesOptions) {
  const facts: Record<string, ImageFacts | undefined> = {};
  for (const [service, spec] of Object.entries(project.model.services)) {
    if (spec.build) {
      const context = path.resolve(project.workingDir, spec.build.context);
      const file = path.resolve(context, spec.build.dockerfile ?? 'Dockerfile');
      try {
        facts[service] = await factsFromDockerfile(options.allowRead ? options.allowRead(file) : file);
      } catch {
        facts[service] = undefined;
      }
    } else if (spec.image && options.inspectImage) {
      const details = await options.inspectImage(spec.image).catch(() => undefined);
      if (details) facts[service] = factsFromImage(spec.image, details);
    }
  }
  return facts;
}

function render(manifests: Manifest[], project: ComposeProject, namespace?: string): Promise<string> {
  return import('../yaml.js').then(({ stringify }) => {
    const header = `# Kubernetes manifests for Compose project "${project.name}", made by dockwright.\n`;
    return (
      header +
      manifests
        .map((m) =>
          stringify(namespace ? { ...m, metadata: { ...m.metadata, namespace } } : m, {
            lineWidth: 0,
            aliasDuplicateObjects: false,
          }),
        )
        .join('---\n')
    );
  });
}

/** Kubernetes manifests for a loaded Compose project, validated against the schemas and linted. */
export async function kubernetesForProject(
  project: ComposeProject,
  options: KubernetesOptions = {},
): Promise<KubernetesResult> {
  const translation = composeToKubernetes(project.model, await imageFactsOf(project, options));
  const findings = [...validateManifests(translation.manifests), ...lintManifests(translation.manifests)];
  return {
    ...translation,
    yaml: await render(translation.manifests, project, options.namespace),
    findings,
    valid: !findings.some((f) => f.code === 'K8S000'),
  };
}

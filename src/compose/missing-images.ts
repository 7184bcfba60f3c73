import type { DockerEngine } from '../engine/types.js';
import { isToolError, ToolError } from '../errors.js';
import type { ComposeProject } from './model.js';

const UNREACHABLE =
  /no such host|dial tcp|i\/o timeout|connection refused|network is unreachable|TLS handshake/i;

export interface MissingImage {
  service: string;
  image: string;
}

/** Whether the CLI's output speaks of the image: by name, repository, or registry host. */
function mentioned(image: string, cliOutput: string): boolean {
  const repository = image.replace(/@.*$/, '').replace(/:[^:/]+$/, '');
  const host = repository.includes('/') ? repository.split('/')[0] : '';
  return [image, repository, ...(/[.:]/.test(host) ? [host] : [])].some((name) => cliOutput.includes(name));
}

/**
 * The services that name an image this engine does not have, have no build section, and
 * that the failed `up` spoke of: the images Compose could not pull. The engine says which
 * are missing, the same for Compose v1 and v2; the output only ties them to this failure.
 */
export async function missingImages(
  engine: DockerEngine,
  project: ComposeProject,
  services: string[],
  cliOutput: string,
): Promise<MissingImage[]> {
  const candidates = services.flatMap((service) => {
    const definition = project.model.services[service];
    return definition?.image && !definition.build && mentioned(definition.image, cliOutput)
      ? [{ service, image: definition.image }]
      : [];
  });
  const checked = await Promise.all(
    candidates.map(async (candidate) => {
      try {
        await engine.inspectImage(candidate.image);
        return undefined;
      } catch (error) {
        if (isToolError(error) && error.code === 'NOT_FOUND') return candidate;
        throw error;
      }
    }),
  );
  return checked.filter((candidate): candidate is MissingImage => candidate !== undefined);
}

export function pullFailedError(missing: MissingImage[], cliOutput: string, leftBehind: string): ToolError {
  const named = missing.map((m) => `service "${m.service}" needs image "${m.image}"`).join('; ');
  const reason = UNREACHABLE.test(cliOutput)
    ? 'its registry cannot be reached from the engine'
    : 'its registry refused it or does not have it';
  const plural = missing.length > 1;
  return new ToolError(
    'NOT_FOUND',
    `Compose could not pull the image${plural ? 's' : ''} of this project: ${named}, which ${plural ? 'are' : 'is'} not on this engine, and ${reason}. ${leftBehind}`,
    `Build ${plural ? 'them' : 'it'} (a build: section and compose_up with build: true, or image_build with that tag), ` +
      'pull from a reachable mirror (image_pull) and point image: at it, or use a tag this engine has (image_list).',
  );
}

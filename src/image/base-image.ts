import type { DockerEngine, ImageDetails } from '../engine/types.js';

export interface BaseImage {
  /** A tag of the base image, or its short id when it has none. */
  ref: string;
  id: string;
  sizeBytes: number;
  /** How many of the image's layers (bottom first) the base accounts for. */
  layerCount: number;
  /** `from`: the FROM image named by the caller; `layers`: a local image whose layers the image starts with. */
  foundBy: 'from' | 'layers';
}

/** Images looked at when searching by layers: enough for a developer's engine, bounded for a CI cache. */
const MAX_CANDIDATES = 300;

const repositoryOf = (tag: string) => tag.replace(/:[^:/]+$/, '');

const startsWith = (layers: string[], prefix: string[]) =>
  prefix.length > 0 && prefix.length < layers.length && prefix.every((layer, i) => layers[i] === layer);

function describe(details: ImageDetails, foundBy: BaseImage['foundBy'], name?: string): BaseImage {
  return {
    ref: name ?? details.tags[0] ?? details.id.replace(/^sha256:/, '').slice(0, 12),
    id: details.id,
    sizeBytes: details.size,
    layerCount: details.layers.length,
    foundBy,
  };
}

/**
 * The image this one was built on, when the engine has it: the FROM image if it is named
 * and the image's layers start with its layers, else the tagged local image with the most
 * layers that the image starts with. Docker's history does not name the base of a BuildKit
 * build (its rows are `<missing>`), so layer parentage is the reliable evidence.
 */
export async function findBaseImage(
  engine: DockerEngine,
  image: ImageDetails,
  fromImage?: string,
): Promise<BaseImage | undefined> {
  if (fromImage && fromImage !== 'scratch') {
    const named = await engine.inspectImage(fromImage).catch(() => undefined);
    if (named && startsWith(image.layers, named.layers)) return describe(named, 'from', fromImage);
  }
  const ownRepositories = new Set(image.tags.map(repositoryOf));
  // An untagged image or another tag of the same repository is an earlier build of this app, not its base.
  const candidates = (await engine.listImages())
    .filter((summary) => summary.id !== image.id && summary.size <= image.size && summary.tags.length > 0)
    .filter((summary) => !summary.tags.some((tag) => ownRepositories.has(repositoryOf(tag))))
    .sort((a, b) => b.size - a.size)
    .slice(0, MAX_CANDIDATES);
  let best: ImageDetails | undefined;
  for (const candidate of candidates) {
    const details = await engine.inspectImage(candidate.id).catch(() => undefined);
    if (!details || !startsWith(image.layers, details.layers)) continue;
    if (!best || details.layers.length > best.layers.length) best = details;
  }
  return best && describe(best, 'layers');
}

import type { DockerEngine } from '../engine/types.js';
import { userScanCaches } from './caches.js';
import { readImageContents } from './image-contents.js';
import type { Package } from './model.js';
import type { OsInfo } from './os-release.js';
import { toCycloneDx } from './sbom.js';

export interface ImageSbom {
  imageId: string;
  os?: OsInfo;
  packages: Package[];
  /** The CycloneDX 1.5 document. */
  sbom: object;
}

/** A local image's SBOM from its own package files (offline), with what it was made of. */
export async function imageSbom(
  engine: DockerEngine,
  image: string,
  options: { signal?: AbortSignal; onLayersRead?: (packages: number) => void } = {},
): Promise<ImageSbom> {
  const contents = await readImageContents(engine, image, {
    signal: options.signal,
    cache: userScanCaches()?.layers,
  });
  options.onLayersRead?.(contents.packages.length);
  const sbom = toCycloneDx({
    name: image,
    kind: 'container',
    imageId: contents.imageId,
    os: contents.os,
    packages: contents.packages,
  });
  return { imageId: contents.imageId, os: contents.os, packages: contents.packages, sbom };
}

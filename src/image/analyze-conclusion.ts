import type { DockerEngine } from '../engine/types.js';
import { formatMegabytes } from '../units.js';
import type { WasteResult } from './analyze-waste.js';
import type { BaseImage } from './base-image.js';
import type { WalkedLayer } from './layers.js';
import { devPackageBytes } from './node-dev-packages.js';
import { findSavings, type Saving } from './savings.js';
import { smallerBase } from './smaller-base.js';

export interface Composition {
  /** The base image, when the engine has it (found by layer parentage). */
  base?: {
    image: string;
    id: string;
    layers: number;
    /** The base image's own size, as the engine reports it. */
    sizeBytes: number;
    /** Bytes of the base's files in this image, and their share of all its bytes (0 to 1). */
    bytes: number;
    share: number;
  };
  appBytes: number;
  appLayers: number;
}

export interface Conclusions {
  composition: Composition;
  savings: Saving[];
  conclusion: string;
}

function sentence(ref: string, totalBytes: number, composition: Composition, savings: Saving[]): string {
  const { base } = composition;
  const share = base
    ? `${Math.round(base.share * 100)}% of ${formatMegabytes(totalBytes)} is the base image ${base.image}; the app adds ${formatMegabytes(composition.appBytes)} in ${composition.appLayers} layers.`
    : composition.appLayers === 1
      ? `${ref} is a single layer of ${formatMegabytes(totalBytes)}: it has no base image.`
      : `${ref} holds ${formatMegabytes(totalBytes)}; no base image of it is on this engine, so the base's share is unknown.`;
  const [largest] = savings;
  const saving = largest
    ? ` Largest saving (${formatMegabytes(largest.bytes)}${largest.estimate ? ', estimate' : ''}): ${largest.advice}`
    : ' Nothing avoidable of 1 MB or more was found.';
  return share + saving;
}

/** Where the image's bytes come from (base or app) and what could come out, largest first. */
export async function concludeAnalysis(
  engine: DockerEngine,
  ref: string,
  found: BaseImage | undefined,
  walked: { layers: WalkedLayer[]; totalBytes: number; waste: WasteResult; devFolders: Set<string> },
): Promise<Conclusions> {
  const baseLayers = found?.layerCount ?? 0;
  const baseBytes = walked.layers.slice(0, baseLayers).reduce((sum, layer) => sum + layer.fileBytes, 0);
  const composition: Composition = {
    base: found && {
      image: found.ref,
      id: found.id,
      layers: found.layerCount,
      sizeBytes: found.sizeBytes,
      bytes: baseBytes,
      share: walked.totalBytes ? Math.round((baseBytes / walked.totalBytes) * 1000) / 1000 : 0,
    },
    appBytes: walked.totalBytes - baseBytes,
    appLayers: walked.layers.length - baseLayers,
  };
  const savings = findSavings({
    files: () => walked.waste.visible(),
    firstAppLayer: baseLayers,
    base: found,
    alternative: found && (await smallerBase(engine, found)),
    devPackages: devPackageBytes(walked.devFolders, walked.waste.visible(), baseLayers),
    overwritten: { bytes: walked.waste.wastedBytes, worstPath: walked.waste.worst[0]?.path },
  });
  return { composition, savings, conclusion: sentence(ref, walked.totalBytes, composition, savings) };
}

import type { DockerEngine } from '../engine/types.js';
import { formatMegabytes } from '../units.js';
import { type Conclusions, concludeAnalysis } from './analyze-conclusion.js';
import { instructionOf, type RuntimeSettings, runtimeSettings } from './analyze-config.js';
import { contentReason, nameReason, SECRET_READ_LIMIT, type SecretFinding } from './analyze-secrets.js';
import { WasteTracker } from './analyze-waste.js';
import { findBaseImage } from './base-image.js';
import { type LayerEntry, walkImage } from './layers.js';
import { isAppManifest, MANIFEST_READ_LIMIT, NodeDevPackages, readCapped } from './node-dev-packages.js';

export interface ImageAnalysis {
  image: string;
  tags: string[];
  architecture?: string;
  os?: string;
  /** Bytes of all layers' files, uncompressed. */
  totalBytes: number;
  wastedBytes: number;
  /** 1 when no byte is wasted; (total - wasted) / total otherwise. */
  efficiency: number;
  layers: { index: number; sizeBytes: number; files: number; instruction: string }[];
  wasted: { path: string; wastedBytes: number; versions: number }[];
  largestFiles: { path: string; sizeBytes: number; layerIndex: number }[];
  runtime: RuntimeSettings;
  secretFiles: SecretFinding[];
  findings: string[];
  composition: Conclusions['composition'];
  /** What could come out of the image, largest saving first. */
  savings: Conclusions['savings'];
  /** The answer in one paragraph: the base's share, the app's bytes, the largest saving. */
  conclusion: string;
}

interface Candidate {
  path: string;
  layer: string;
  reason: string;
}

/** The OCI annotation some builds set; only a hint, trusted when the layers agree. */
const BASE_NAME_LABEL = 'org.opencontainers.image.base.name';

const KEY_EXTENSIONS = /\.(pem|key|crt|cer)$/i;

function findingsFor(
  analysis: Pick<ImageAnalysis, 'runtime' | 'wastedBytes' | 'wasted' | 'secretFiles'>,
): string[] {
  const findings: string[] = [];
  if (analysis.runtime.runsAsRoot) findings.push('Runs as root: add a USER with a non-root account.');
  if (!analysis.runtime.healthcheck)
    findings.push('No HEALTHCHECK: orchestrators cannot tell when the app is ready.');
  if (analysis.wastedBytes >= 1e6) {
    findings.push(
      `${formatMegabytes(analysis.wastedBytes)} wasted by files later layers overwrite or delete (worst: ${analysis.wasted[0]?.path}); ` +
        'delete in the same RUN that creates, or copy only what the final stage needs.',
    );
  }
  for (const secret of analysis.secretFiles) {
    findings.push(
      `Possible secret at /${secret.path} (${secret.reason})${secret.deletedLater ? ', deleted later but still in its layer' : ''}: use a build secret instead.`,
    );
  }
  for (const name of analysis.runtime.secretLikeEnv)
    findings.push(`Environment variable ${name} looks like a secret baked into the image.`);
  return findings;
}

/**
 * Streams an image's export once and reports where its bytes go and what it risks.
 * Memory stays bounded by the number of paths, never by the image's size.
 */
export async function analyzeImage(
  engine: DockerEngine,
  ref: string,
  options: { limit?: number; signal?: AbortSignal } = {},
): Promise<ImageAnalysis> {
  const limit = options.limit ?? 20;
  const tracker = new WasteTracker();
  const candidates: Candidate[] = [];
  const manifests = new NodeDevPackages();
  const stream = await engine.exportImage(ref);
  // Looked up while the export streams; a failed walk's error is the one reported.
  const baseLookup = engine
    .inspectImage(ref)
    .then((details) => findBaseImage(engine, details, details.config.labels[BASE_NAME_LABEL]));
  baseLookup.catch(() => {});
  const onAbort = () => stream.destroy();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  let walked: Awaited<ReturnType<typeof walkImage>>;
  try {
    walked = await walkImage(stream, {
      signal: options.signal,
      maxReadBytes: SECRET_READ_LIMIT,
      onEntry(entry: LayerEntry) {
        tracker.record(entry);
        if (isAppManifest(entry)) return 'stream';
        if (entry.type !== 'file' || !nameReason(entry)) return 'skip';
        return entry.size <= SECRET_READ_LIMIT ? 'read' : 'skip';
      },
      onFile(entry: LayerEntry, content: Buffer) {
        const reason =
          contentReason(content) ?? (KEY_EXTENSIONS.test(entry.path) ? undefined : nameReason(entry));
        if (reason) candidates.push({ path: entry.path, layer: entry.layer, reason });
      },
      async onStream(entry: LayerEntry, chunks: AsyncIterable<Buffer>) {
        manifests.add(entry, await readCapped(chunks, MANIFEST_READ_LIMIT));
      },
    });
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
  }
  const order = walked.layers.map((layer) => layer.key);
  const waste = tracker.compute(order, limit);
  const secretFiles = candidates.slice(0, limit).map((candidate) => {
    const layerIndex = order.indexOf(candidate.layer);
    return {
      path: candidate.path,
      layerIndex,
      reason: candidate.reason,
      deletedLater: waste.visibleLayer(candidate.path) !== layerIndex,
    };
  });
  const analysis = {
    image: ref,
    tags: walked.repoTags,
    architecture: walked.config.architecture,
    os: walked.config.os,
    totalBytes: waste.totalBytes,
    wastedBytes: waste.wastedBytes,
    efficiency:
      waste.totalBytes === 0
        ? 1
        : Math.round(((waste.totalBytes - waste.wastedBytes) / waste.totalBytes) * 10_000) / 10_000,
    layers: walked.layers.map((layer) => ({
      index: layer.index,
      sizeBytes: layer.fileBytes,
      files: layer.entries,
      instruction: instructionOf(layer.step?.createdBy),
    })),
    wasted: waste.worst,
    largestFiles: waste.largest.map(({ path, size, layerIndex }) => ({ path, sizeBytes: size, layerIndex })),
    runtime: runtimeSettings(walked.config),
    secretFiles,
  };
  const conclusions = await concludeAnalysis(engine, ref, await baseLookup, {
    layers: walked.layers,
    totalBytes: waste.totalBytes,
    waste,
    devFolders: manifests.devFolders((path, layer) => waste.visibleLayer(path) === order.indexOf(layer)),
  });
  return { ...analysis, ...conclusions, findings: findingsFor(analysis) };
}

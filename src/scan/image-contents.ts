import type { DockerEngine } from '../engine/types.js';
import { ToolError } from '../errors.js';
import { type LayerEntry, type WalkedLayer, walkImage } from '../image/layers.js';
import { inventoryParserFor } from './inventory/classify.js';
import { findGoBuildInfo, goPackages } from './inventory/go-buildinfo.js';
import type { LayerCache, LayerFindings } from './layer-cache.js';
import { LayeredIndex } from './layered-index.js';
import type { Package, SecretFinding } from './model.js';
import { type OsInfo, osReleasePaths, parseOsRelease, pickOs } from './os-release.js';
import { isSecretCandidate } from './secrets/candidates.js';
import { looksLikeText, scanTextForSecrets } from './secrets/scan-text.js';

export interface ImageContents {
  /** The image read: the id the reference named when it was inspected. */
  imageId: string;
  os?: OsInfo;
  packages: Package[];
  secrets: SecretFinding[];
  /** How many of the image's layers were read from the export; the rest came from the layer cache. */
  layersRead: number;
  layersTotal: number;
}

export interface ReadContentsOptions {
  secrets?: boolean;
  signal?: AbortSignal;
  /** Findings of layers read before, by diff id; the export is skipped when it knows every layer. */
  cache?: LayerCache;
  onProgress?(message: string): void;
}

const minGoBinaryBytes = 256 * 1024;

function isExecutable(entry: LayerEntry) {
  return (entry.mode & 0o111) !== 0 && entry.size >= minGoBinaryBytes;
}

const emptyFindings = (secrets: boolean): LayerFindings => ({
  packages: [],
  osFiles: [],
  whiteouts: [],
  opaques: [],
  secrets: secrets ? [] : undefined,
});

/**
 * Reads an image's package inventory as its final filesystem shows it, and secrets in every
 * layer, including files a later layer deleted (they still ship). Each layer is read once:
 * what it holds is kept in the layer cache by diff id, an image whose layers are all known is
 * not exported at all, and in an export the known layers pass by unread.
 */
export async function readImageContents(
  engine: DockerEngine,
  ref: string,
  options: ReadContentsOptions = {},
): Promise<ImageContents> {
  const secrets = options.secrets ?? false;
  const image = await engine.inspectImage(ref);
  const known = image.layers.map((diffId) => options.cache?.get(diffId, secrets));
  if (image.layers.length && known.every(Boolean)) {
    options.onProgress?.(
      `All ${image.layers.length} layers of ${ref} were read before; reusing what they hold`,
    );
    const layers = image.layers.map((diffId, index) => ({ diffId, findings: known[index] as LayerFindings }));
    return { imageId: image.id, ...resolveLayers(layers), layersRead: 0, layersTotal: layers.length };
  }
  const knownCount = known.filter(Boolean).length;
  options.onProgress?.(
    `Reading the layers of ${ref}${knownCount ? ` (${knownCount} of ${image.layers.length} known from earlier scans)` : ''}`,
  );
  const knownByDiffId = new Map<string, LayerFindings>();
  known.forEach((findings, index) => {
    if (findings) knownByDiffId.set(image.layers[index], findings);
  });
  // By id, so the layers read are the ones just inspected even if the tag moves meanwhile.
  const read = { image, secrets, signal: options.signal };
  const layers =
    (await readLayers(engine, { ...read, known: knownByDiffId })) ??
    // A new layer was taken for a known one of its size and passed by: every layer is read instead.
    ((await readLayers(engine, { ...read, known: new Map() })) as LayerRead[]);
  for (const { diffId, findings, fromCache } of layers) if (!fromCache) options.cache?.put(diffId, findings);
  const layersRead = layers.filter((layer) => !layer.fromCache).length;
  return { imageId: image.id, ...resolveLayers(layers), layersRead, layersTotal: layers.length };
}

interface LayerRead {
  diffId: string;
  findings: LayerFindings;
  fromCache: boolean;
}

/**
 * Whether an export's layer is a known one, before reading it: an OCI export names a layer by
 * its digest (the diff id when stored uncompressed); a legacy one names it by an id of its own
 * and lists layers by that id, so a layer is taken for the one known layer of its size.
 */
function looksKnown(key: string, tarBytes: number, known: Map<string, LayerFindings>): boolean {
  const blob = /^blobs\/sha256\/([0-9a-f]{64})$/.exec(key);
  if (blob) return known.has(`sha256:${blob[1]}`);
  return [...known.values()].filter((findings) => findings.tarBytes === tarBytes).length === 1;
}

/**
 * Walks the image export once, collecting each layer's findings. With layers known already,
 * those pass by unread, each layer read is identified by the digest of its bytes, and the walk
 * ends as soon as every layer not known has been read: the engine stops exporting the rest.
 * Undefined when the export ended with a layer still unread (it was taken for a known one).
 */
async function readLayers(
  engine: DockerEngine,
  options: {
    image: { id: string; layers: string[] };
    secrets: boolean;
    known: Map<string, LayerFindings>;
    signal?: AbortSignal;
  },
): Promise<LayerRead[] | undefined> {
  const { image, secrets, known, signal } = options;
  const partly = known.size > 0;
  const unread = new Set(image.layers.filter((diffId) => !known.has(diffId)));
  const byKey = new Map<string, LayerFindings>();
  const of = (key: string) => {
    const findings = byKey.get(key) ?? emptyFindings(secrets);
    byKey.set(key, findings);
    return findings;
  };
  const walked = await walkImage(await engine.exportImage(image.id), {
    signal,
    maxReadBytes: 32 * 1024 * 1024,
    hashLayers: partly,
    skipLayer: partly ? (key, tarBytes) => looksKnown(key, tarBytes, known) : undefined,
    stopAfter: partly
      ? (layer) => {
          if (layer.sha256) unread.delete(layer.sha256);
          return unread.size === 0;
        }
      : undefined,
    onEntry(entry) {
      if (entry.type === 'whiteout') of(entry.layer).whiteouts.push(entry.path);
      else if (entry.type === 'opaque') of(entry.layer).opaques.push(entry.path);
      if (entry.type !== 'file') return 'skip';
      if (inventoryParserFor(entry.path) || osReleasePaths.includes(entry.path)) return 'read';
      if (secrets && isSecretCandidate(entry)) return 'read';
      return isExecutable(entry) ? 'stream' : 'skip';
    },
    onFile(entry, content) {
      const findings = of(entry.layer);
      const parser = inventoryParserFor(entry.path);
      const text = content.toString('utf8');
      if (parser) findings.packages.push([entry.path, parser(text, entry.path)]);
      if (osReleasePaths.includes(entry.path)) {
        const info = parseOsRelease(entry.path, text);
        if (info) findings.osFiles.push([entry.path, info]);
      }
      if (secrets && isSecretCandidate(entry) && looksLikeText(content)) {
        const matches = scanTextForSecrets(text, entry.path);
        if (matches.length) findings.secrets?.push([entry.path, matches]);
      }
    },
    async onStream(entry, chunks) {
      const info = await findGoBuildInfo(chunks);
      if (info) of(entry.layer).packages.push([entry.path, goPackages(info, entry.path)]);
    },
  });
  const found = (layer: WalkedLayer) => ({
    ...(byKey.get(layer.key) ?? emptyFindings(secrets)),
    tarBytes: layer.tarBytes,
  });
  if (partly) {
    if (unread.size) return undefined;
    const readNow = new Map(
      walked.layers.flatMap((layer) =>
        layer.sha256 && !layer.skipped ? [[layer.sha256, found(layer)]] : [],
      ),
    );
    return image.layers.map((diffId) => {
      const fresh = readNow.get(diffId);
      return { diffId, findings: fresh ?? (known.get(diffId) as LayerFindings), fromCache: !fresh };
    });
  }
  return walked.layers.map((layer) => {
    if (!layer.diffId)
      throw new ToolError(
        'PARSE_ERROR',
        `The export of ${image.id} does not give layer ${layer.index}'s diff id.`,
      );
    return { diffId: layer.diffId, findings: found(layer), fromCache: false };
  });
}

/** The image as its layers stack up: what a later layer replaced or deleted is not installed. */
function resolveLayers(layers: { diffId: string; findings: LayerFindings }[]) {
  const packages = new LayeredIndex<Package[]>();
  const osFiles = new LayeredIndex<OsInfo>();
  // Positions, not diff ids, name the layers here: an image may hold the same layer twice.
  const order = layers.map((_, index) => String(index));
  layers.forEach(({ findings }, index) => {
    const key = String(index);
    for (const path of findings.whiteouts) {
      packages.whiteout(key, path);
      osFiles.whiteout(key, path);
    }
    for (const dir of findings.opaques) {
      packages.opaque(key, dir);
      osFiles.opaque(key, dir);
    }
    for (const [path, list] of findings.packages) packages.add(key, path, list);
    for (const [path, info] of findings.osFiles) osFiles.add(key, path, info);
  });
  const diffIdAt = (key: string) => layers[Number(key)].diffId;
  const visiblePackages = [...packages.resolve(order).values()].flatMap(({ layer, value }) =>
    value.map((pkg) => ({ ...pkg, layer: diffIdAt(layer) })),
  );
  const secrets = layers.flatMap(({ diffId, findings }, index) =>
    (findings.secrets ?? []).flatMap(([path, matches]) =>
      matches.map(
        (match): SecretFinding => ({
          kind: 'secret',
          ...match,
          target: `/${path}`,
          layer: diffId,
          deletedLater: packages.deletedAbove(String(index), path, order) || undefined,
        }),
      ),
    ),
  );
  const visibleOs = new Map([...osFiles.resolve(order)].map(([path, placed]) => [path, placed.value]));
  return { os: pickOs(visibleOs), packages: visiblePackages, secrets };
}

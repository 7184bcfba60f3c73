import type { Readable } from 'node:stream';
import { type LayerEntry, type WalkedLayer, walkImage } from '../image/layers.js';
import { inventoryParserFor } from './inventory/classify.js';
import { findGoBuildInfo, goPackages } from './inventory/go-buildinfo.js';
import { LayeredIndex } from './layered-index.js';
import type { Package, SecretFinding } from './model.js';
import { type OsInfo, osReleasePaths, parseOsRelease, pickOs } from './os-release.js';
import { isSecretCandidate } from './secrets/candidates.js';
import { looksLikeText, scanTextForSecrets } from './secrets/scan-text.js';

export interface ImageContents {
  repoTags: string[];
  layers: WalkedLayer[];
  os?: OsInfo;
  packages: Package[];
  secrets: SecretFinding[];
}

export interface ReadContentsOptions {
  secrets?: boolean;
  signal?: AbortSignal;
}

const minGoBinaryBytes = 256 * 1024;

function isExecutable(entry: LayerEntry) {
  return (entry.mode & 0o111) !== 0 && entry.size >= minGoBinaryBytes;
}

/**
 * Reads an image export once: the package inventory as the final filesystem shows it,
 * and secrets in every layer, including files a later layer deleted (they still ship).
 */
export async function readImageContents(
  stream: Readable,
  options: ReadContentsOptions = {},
): Promise<ImageContents> {
  const packages = new LayeredIndex<Package[]>();
  const osFiles = new LayeredIndex<OsInfo>();
  const secretsByLayer: { layer: string; path: string; matches: ReturnType<typeof scanTextForSecrets> }[] =
    [];
  const walked = await walkImage(stream, {
    signal: options.signal,
    maxReadBytes: 32 * 1024 * 1024,
    onEntry(entry) {
      if (entry.type === 'whiteout') {
        packages.whiteout(entry.layer, entry.path);
        osFiles.whiteout(entry.layer, entry.path);
      } else if (entry.type === 'opaque') {
        packages.opaque(entry.layer, entry.path);
        osFiles.opaque(entry.layer, entry.path);
      }
      if (entry.type !== 'file') return 'skip';
      if (inventoryParserFor(entry.path) || osReleasePaths.includes(entry.path)) return 'read';
      if (options.secrets && isSecretCandidate(entry)) return 'read';
      return isExecutable(entry) ? 'stream' : 'skip';
    },
    onFile(entry, content) {
      const parser = inventoryParserFor(entry.path);
      const text = content.toString('utf8');
      if (parser) packages.add(entry.layer, entry.path, parser(text, entry.path));
      if (osReleasePaths.includes(entry.path)) {
        const info = parseOsRelease(entry.path, text);
        if (info) osFiles.add(entry.layer, entry.path, info);
      }
      if (options.secrets && isSecretCandidate(entry) && looksLikeText(content)) {
        const matches = scanTextForSecrets(text, entry.path);
        if (matches.length) secretsByLayer.push({ layer: entry.layer, path: entry.path, matches });
      }
    },
    async onStream(entry, chunks) {
      const info = await findGoBuildInfo(chunks);
      if (info) packages.add(entry.layer, entry.path, goPackages(info, entry.path));
    },
  });
  const order = walked.layers.map((layer) => layer.key);
  const diffIdOf = new Map(walked.layers.map((layer) => [layer.key, layer.diffId ?? layer.key]));
  const visiblePackages = [...packages.resolve(order).values()].flatMap(({ layer, value }) =>
    value.map((pkg) => ({ ...pkg, layer: diffIdOf.get(layer) })),
  );
  const secrets = secretsByLayer.flatMap(({ layer, path, matches }) =>
    matches.map(
      (match): SecretFinding => ({
        kind: 'secret',
        ...match,
        target: `/${path}`,
        layer: diffIdOf.get(layer),
        deletedLater: packages.deletedAbove(layer, path, order) || undefined,
      }),
    ),
  );
  const visibleOs = new Map([...osFiles.resolve(order)].map(([path, placed]) => [path, placed.value]));
  return {
    repoTags: walked.repoTags,
    layers: walked.layers,
    os: pickOs(visibleOs),
    packages: visiblePackages,
    secrets,
  };
}

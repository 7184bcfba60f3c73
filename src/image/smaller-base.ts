import type { DockerEngine } from '../engine/types.js';

export interface BaseAlternative {
  image: string;
  sizeBytes: number;
  /** True when the size is a typical figure for that official image, not measured on this engine. */
  estimate: boolean;
  why: string;
}

interface Rule {
  repository: RegExp;
  /** Tags already as small as the family goes. */
  smallest: RegExp;
  /** `prefix` is the version with a dash (`20-`), or empty when the tag names none. */
  alternatives(
    prefix: string,
    tag: string,
    name: string,
  ): { image: string; typicalMb: number; why: string }[];
}

const versionPrefix = (tag: string) => {
  const version = /^\d+(\.\d+)?/.exec(tag)?.[0];
  return version ? `${version}-` : '';
};

/**
 * Smaller images for the same runtime. The typical sizes are rounded figures of the official
 * images (uncompressed, amd64) and are always reported as estimates.
 */
const RULES: Rule[] = [
  {
    repository: /^(library\/)?node$/,
    smallest: /alpine/,
    alternatives: (prefix, tag) => [
      { image: `node:${prefix}alpine`, typicalMb: 135, why: 'musl-based Node runtime' },
      ...(/slim/.test(tag)
        ? []
        : [{ image: `node:${prefix}bookworm-slim`, typicalMb: 200, why: 'Debian slim Node runtime' }]),
    ],
  },
  {
    repository: /^(library\/)?python$/,
    smallest: /alpine/,
    alternatives: (prefix, tag) => [
      { image: `python:${prefix}alpine`, typicalMb: 55, why: 'musl-based Python (pure-Python wheels only)' },
      ...(/slim/.test(tag)
        ? []
        : [{ image: `python:${prefix}slim-bookworm`, typicalMb: 130, why: 'Debian slim Python' }]),
    ],
  },
  {
    repository: /^(library\/)?golang$/,
    smallest: /^$/,
    alternatives: () => [
      {
        image: 'gcr.io/distroless/static-debian12',
        typicalMb: 2,
        why: 'the Go toolchain is not needed at run time: build in a golang stage, copy the static binary',
      },
    ],
  },
  {
    repository: /^(library\/)?(debian|ubuntu)$/,
    smallest: /slim/,
    alternatives: () => [
      { image: 'debian:bookworm-slim', typicalMb: 75, why: 'Debian without docs and extras' },
    ],
  },
  {
    repository: /^(library\/)?(caddy|nginx)$/,
    smallest: /alpine/,
    alternatives: (prefix, _tag, name) => [
      { image: `${name}:${prefix}alpine`, typicalMb: 50, why: 'Alpine-based static file server' },
    ],
  },
];

function split(ref: string): { repository: string; tag: string } {
  const withoutDigest = ref.split('@')[0];
  const colon = withoutDigest.lastIndexOf(':');
  if (colon > withoutDigest.lastIndexOf('/'))
    return { repository: withoutDigest.slice(0, colon), tag: withoutDigest.slice(colon + 1) };
  return { repository: withoutDigest, tag: 'latest' };
}

/** The smallest alternative that saves bytes, measured on this engine when it has that image. */
export async function smallerBase(
  engine: DockerEngine,
  base: { ref: string; sizeBytes: number },
): Promise<BaseAlternative | undefined> {
  const { repository, tag } = split(base.ref);
  const name = repository.replace(/^docker\.io\//, '');
  const rule = RULES.find((candidate) => candidate.repository.test(name));
  if (!rule || rule.smallest.test(tag)) return undefined;
  const options = await Promise.all(
    rule.alternatives(versionPrefix(tag), tag, name.replace(/^library\//, '')).map(async (option) => {
      const local = await engine.inspectImage(option.image).catch(() => undefined);
      return local
        ? { image: option.image, sizeBytes: local.size, estimate: false, why: option.why }
        : { image: option.image, sizeBytes: option.typicalMb * 1e6, estimate: true, why: option.why };
    }),
  );
  return options
    .filter((option) => option.sizeBytes < base.sizeBytes)
    .sort((a, b) => a.sizeBytes - b.sizeBytes)[0];
}

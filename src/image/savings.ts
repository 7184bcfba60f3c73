import { formatMegabytes } from '../units.js';
import type { BaseAlternative } from './smaller-base.js';

export const SAVING_KINDS = [
  'smaller-base',
  'dev-dependencies',
  'build-toolchain',
  'package-cache',
  'overwritten-files',
] as const;
export type SavingKind = (typeof SAVING_KINDS)[number];

export interface Saving {
  kind: SavingKind;
  bytes: number;
  /** True when the figure rests on a typical size rather than a measurement. */
  estimate: boolean;
  advice: string;
}

type VisibleFiles = Iterable<[string, { size: number; layerIndex: number }]>;

const CACHES: { pattern: RegExp; name: string; clean: string }[] = [
  {
    pattern: /^var\/lib\/apt\/lists\/|^var\/cache\/apt\//,
    name: 'apt',
    clean: 'apt-get clean && rm -rf /var/lib/apt/lists/*',
  },
  {
    pattern: /(^|\/)\.npm\/|(^|\/)\.cache\/yarn\/|(^|\/)\.pnpm-store\/|\.local\/share\/pnpm\/store\//,
    name: 'npm/yarn/pnpm',
    clean: 'npm cache clean --force',
  },
  { pattern: /(^|\/)\.cache\/pip\//, name: 'pip', clean: 'pip install --no-cache-dir' },
  {
    pattern: /(^|\/)\.cache\/go-build\/|^go\/pkg\/mod\/cache\//,
    name: 'Go',
    clean: 'go clean -cache -modcache',
  },
];

const TOOLCHAINS: { pattern: RegExp; name: string }[] = [
  { pattern: /^usr\/(lib|libexec)\/gcc\/|^usr\/bin\/[^/]*-linux-gnu-(gcc|g\+\+|cpp|ld|as)/, name: 'gcc' },
  { pattern: /^usr\/include\//, name: 'C headers' },
  { pattern: /^usr\/local\/go\/|^usr\/lib\/go-[^/]+\//, name: 'Go toolchain' },
];

function sumByName(
  files: VisibleFiles,
  firstAppLayer: number,
  groups: { pattern: RegExp; name: string }[],
): { bytes: number; names: string[] } {
  const totals = new Map<string, number>();
  for (const [path, file] of files) {
    if (file.layerIndex < firstAppLayer) continue;
    const group = groups.find((candidate) => candidate.pattern.test(path));
    if (group) totals.set(group.name, (totals.get(group.name) ?? 0) + file.size);
  }
  const names = [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  return { bytes: [...totals.values()].reduce((sum, bytes) => sum + bytes, 0), names };
}

export interface SavingInputs {
  files: () => VisibleFiles;
  /** Layers below this index belong to the base image: their caches are the base's business. */
  firstAppLayer: number;
  base?: { ref: string; sizeBytes: number };
  alternative?: BaseAlternative;
  devPackages: { bytes: number; packages: number };
  overwritten: { bytes: number; worstPath?: string };
}

/** What could come out of the image, largest first; only what saves at least 1 MB. */
export function findSavings(inputs: SavingInputs): Saving[] {
  const savings: Saving[] = [];
  const { base, alternative } = inputs;
  if (base && alternative) {
    const size = `${formatMegabytes(alternative.sizeBytes)}${alternative.estimate ? ', a typical size: estimate' : ', measured here'}`;
    savings.push({
      kind: 'smaller-base',
      bytes: base.sizeBytes - alternative.sizeBytes,
      estimate: alternative.estimate,
      advice: `Base ${alternative.image} (${size}) instead of ${base.ref} (${formatMegabytes(base.sizeBytes)}): ${alternative.why}.`,
    });
  }
  if (inputs.devPackages.bytes > 0) {
    savings.push({
      kind: 'dev-dependencies',
      bytes: inputs.devPackages.bytes,
      estimate: false,
      advice: `${inputs.devPackages.packages} dev package${inputs.devPackages.packages === 1 ? '' : 's'} in node_modules: install with --omit=dev (npm ci --omit=dev) in the final stage.`,
    });
  }
  const toolchains = sumByName(inputs.files(), inputs.firstAppLayer, TOOLCHAINS);
  if (toolchains.bytes > 0) {
    savings.push({
      kind: 'build-toolchain',
      bytes: toolchains.bytes,
      estimate: false,
      advice: `Build tools in the final image (${toolchains.names.join(', ')}): build in an earlier stage and copy only the output.`,
    });
  }
  const caches = sumByName(inputs.files(), inputs.firstAppLayer, CACHES);
  if (caches.bytes > 0) {
    savings.push({
      kind: 'package-cache',
      bytes: caches.bytes,
      estimate: false,
      advice: `Package caches (${caches.names.join(', ')}): use RUN --mount=type=cache, or clean up in the same RUN (${caches.names.map((name) => CACHES.find((cache) => cache.name === name)?.clean).join('; ')}).`,
    });
  }
  if (inputs.overwritten.bytes > 0) {
    savings.push({
      kind: 'overwritten-files',
      bytes: inputs.overwritten.bytes,
      estimate: false,
      advice: `Files stored twice because a later layer overwrites or deletes them (worst: /${inputs.overwritten.worstPath}): delete in the RUN that creates them, chown with COPY --chown.`,
    });
  }
  return savings.filter((saving) => saving.bytes >= 1e6).sort((a, b) => b.bytes - a.bytes);
}

import { JsonCache } from './json-cache.js';
import type { Package } from './model.js';
import type { OsInfo } from './os-release.js';
import type { SecretMatch } from './secrets/scan-text.js';

/**
 * What the built-in scanner found in one layer. It depends on the layer's bytes alone, so it
 * is kept under the layer's diff id (the sha256 of its uncompressed tar) and serves every image
 * that has the layer: a base image's layers are read once, not once per app built on them.
 * It holds what a scan reports anyway (package names, masked secrets), never file contents.
 */
export interface LayerFindings {
  /** Package files and Go binaries, by path: the packages each one lists. */
  packages: [string, Package[]][];
  osFiles: [string, OsInfo][];
  whiteouts: string[];
  opaques: string[];
  /** Secrets (masked) by path; absent when the layer was read without looking for them. */
  secrets?: [string, SecretMatch[]][];
  /** The layer's size in a docker save export, by which a later export's unnamed layer is recognised. */
  tarBytes?: number;
}

function isFindings(value: unknown): value is LayerFindings {
  const v = value as LayerFindings;
  return (
    typeof v === 'object' &&
    v !== null &&
    [v.packages, v.osFiles, v.whiteouts, v.opaques].every(Array.isArray) &&
    (v.secrets === undefined || Array.isArray(v.secrets))
  );
}

/** A base image has 1-10 layers, so this holds the layers of a few hundred images. */
const MAX_LAYERS = 2000;

/** Layer findings by diff id. */
export class LayerCache {
  private readonly entries: JsonCache<LayerFindings>;

  constructor(root: string) {
    this.entries = new JsonCache(root, 'scan-layers', isFindings, MAX_LAYERS);
  }

  /** The layer's findings, if kept and complete enough: `withSecrets` needs an entry that looked for them. */
  get(diffId: string, withSecrets: boolean): LayerFindings | undefined {
    const findings = this.entries.get(hexOf(diffId));
    return withSecrets && !findings?.secrets ? undefined : findings;
  }

  put(diffId: string, findings: LayerFindings): void {
    this.entries.put(hexOf(diffId), findings);
  }
}

/** Only a `sha256:` diff id names an entry; anything else names none. */
const hexOf = (diffId: string) => (diffId.startsWith('sha256:') ? diffId.slice('sha256:'.length) : '');

import type { LayerCache } from './layer-cache.js';
import type { Severity } from './model.js';
import type { TrivyScanner } from './trivy/run.js';

export interface ScanOptions {
  scanners: TrivyScanner[];
  /** `auto` uses Trivy when it is installed (or its image is present) and the built-in scanner otherwise. */
  engine: 'auto' | 'trivy' | 'builtin';
  trivyPath?: string;
  /** A folder or zip of OSV records for the built-in vulnerability matching (else DOCKWRIGHT_OSV_DIR). */
  osvSource?: string;
  severities?: Severity[];
  ignoreUnfixed?: boolean;
  ignoreFile?: string;
  timeoutSeconds: number;
  skipDbUpdate?: boolean;
  onProgress?(message: string): void;
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
  /** What the built-in scanner found in layers read before, by diff id (default: the user's cache; `off`: read every layer). */
  layerCache?: LayerCache | 'off';
}

export function osvSourceOf(options: ScanOptions): string | undefined {
  return options.osvSource ?? (options.env ?? process.env).DOCKWRIGHT_OSV_DIR ?? undefined;
}

import { type ScanCaches, userScanCaches } from './caches.js';
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
  /** Layers and results of earlier scans (default: the user's cache folder; `off`: scan everything afresh). */
  cache?: ScanCaches | 'off';
}

export function osvSourceOf(options: ScanOptions): string | undefined {
  return options.osvSource ?? (options.env ?? process.env).DOCKWRIGHT_OSV_DIR ?? undefined;
}

export function scanCachesOf(options: ScanOptions): ScanCaches | undefined {
  return options.cache === 'off' ? undefined : (options.cache ?? userScanCaches());
}

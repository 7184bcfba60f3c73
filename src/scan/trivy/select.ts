import type { DockerEngine } from '../../engine/types.js';
import { ToolError } from '../../errors.js';
import type { ScanEngine } from '../model.js';
import type { ScanOptions } from '../options.js';
import { findTrivyImage, runTrivyInContainer } from './container.js';
import { findTrivyBinary, trivyInstallHint } from './locate.js';
import { runTrivy, type TrivyOutcome, type TrivyRunOptions, type TrivyTarget } from './run.js';

export interface TrivyRunner {
  engine: Extract<ScanEngine, { name: 'trivy' }>;
  run(target: TrivyTarget, options: TrivyRunOptions): Promise<TrivyOutcome>;
}

/** Trivy as a binary (configured or on the PATH), else from its image if the engine has it. */
export async function selectTrivy(
  engine: DockerEngine,
  options: ScanOptions,
): Promise<TrivyRunner | undefined> {
  if (options.engine === 'builtin') return undefined;
  const binary = await findTrivyBinary(options.trivyPath, options.env ?? process.env);
  if (binary) {
    return {
      engine: { name: 'trivy', version: binary.version, path: binary.path },
      run: (target, runOptions) => runTrivy(binary.path, target, runOptions),
    };
  }
  const image = await findTrivyImage(engine).catch(() => undefined);
  if (image) {
    return {
      engine: { name: 'trivy', version: image.slice(image.indexOf(':') + 1), path: `image ${image}` },
      run: (target, runOptions) => runTrivyInContainer(engine, image, target, runOptions),
    };
  }
  if (options.engine === 'trivy') {
    throw new ToolError(
      'TOOL_UNAVAILABLE',
      'Trivy was asked for but is neither installed nor present as an image.',
      trivyInstallHint,
    );
  }
  return undefined;
}

export function trivyRunOptions(options: ScanOptions, scanners = options.scanners): TrivyRunOptions {
  return {
    scanners,
    severities: options.severities,
    ignoreUnfixed: options.ignoreUnfixed,
    ignoreFile: options.ignoreFile,
    timeoutSeconds: options.timeoutSeconds,
    skipDbUpdate: options.skipDbUpdate,
    onProgress: options.onProgress,
    signal: options.signal,
  };
}

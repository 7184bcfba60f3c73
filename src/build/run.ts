import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { BuildOptions } from '../engine/build-types.js';
import type { DockerEngine } from '../engine/types.js';
import { ToolError } from '../errors.js';
import type { Workspace } from '../workspace.js';
import { explainFailure } from './failure.js';
import { BuildProgress, type ProgressUpdate } from './progress.js';
import { loadSecrets, type SecretSource, secretRedactor } from './secrets.js';
import { prepareContext } from './source.js';

/** What a caller asks for: the engine's build options, with workspace paths and secret sources. */
export type BuildRequest = Pick<
  BuildOptions,
  | 'tags'
  | 'target'
  | 'buildArgs'
  | 'labels'
  | 'noCache'
  | 'pull'
  | 'cacheFrom'
  | 'platform'
  | 'networkMode'
  | 'builder'
> & {
  /** The context folder (workspace path). */
  context: string;
  /** The Dockerfile (workspace path); defaults to `Dockerfile` in the context. */
  dockerfile?: string;
  secrets?: SecretSource[];
  /** Environment variables secrets may read (see isEnvAllowed). */
  allowEnv?: readonly string[];
};

export interface BuildResult {
  imageId: string;
  tags: string[];
  sizeBytes: number;
  durationMs: number;
  steps: { total: number; cached: number };
  warnings: string[];
  builder: 'buildkit' | 'classic';
  /** Absolute paths, for the pattern memory and for display. */
  dockerfile: string;
  context: string;
  contextFiles: number;
  contextBytes: number;
  engineVersion: string;
}

async function locate(workspace: Workspace, request: BuildRequest) {
  const contextDir = workspace.resolve(request.context, 'use as build context');
  const contextInfo = await stat(contextDir).catch(() => undefined);
  if (!contextInfo?.isDirectory()) {
    throw new ToolError(
      'NOT_FOUND',
      `Build context "${request.context}" is not a folder.`,
      'Pass the project folder as context.',
    );
  }
  const dockerfile = workspace.resolve(
    request.dockerfile ?? path.join(contextDir, 'Dockerfile'),
    'read the Dockerfile',
  );
  const content = await readFile(dockerfile).catch(() => undefined);
  if (!content) {
    throw new ToolError(
      'NOT_FOUND',
      `No Dockerfile at ${workspace.display(dockerfile)}.`,
      'Write one with dockerfile_generate, or pass `dockerfile` with its path.',
    );
  }
  return { contextDir, dockerfile, content };
}

/**
 * Builds an image from a workspace folder: packs the context with its ignore rules,
 * streams it to the engine, and turns BuildKit's events into progress and a result.
 */
export async function runBuild(
  engine: DockerEngine,
  workspace: Workspace,
  request: BuildRequest,
  hooks: { onProgress?: (update: ProgressUpdate) => void; signal: AbortSignal },
): Promise<BuildResult> {
  const started = Date.now();
  const { contextDir, dockerfile, content } = await locate(workspace, request);
  const secrets = await loadSecrets(request.secrets ?? [], workspace, request.allowEnv ?? []);
  const redact = secretRedactor(secrets);
  const prepared = prepareContext(contextDir, dockerfile, content);
  const progress = new BuildProgress((update) => hooks.onProgress?.(update), redact);

  let outcome: Awaited<ReturnType<DockerEngine['build']>>;
  try {
    outcome = await engine.build(
      {
        context: prepared.source,
        tags: request.tags,
        target: request.target,
        buildArgs: request.buildArgs,
        labels: request.labels,
        noCache: request.noCache,
        pull: request.pull,
        cacheFrom: request.cacheFrom,
        platform: request.platform,
        networkMode: request.networkMode,
        secrets,
        sharedKey: contextDir,
        builder: request.builder,
      },
      (event) => progress.handle(event),
      hooks.signal,
    );
  } catch (error) {
    const packError = await prepared.packError();
    if (packError && !hooks.signal.aborted) {
      throw new ToolError(
        'INTERNAL',
        `Could not read the build context: ${packError.message}.`,
        'Check file permissions in the context folder.',
      );
    }
    throw error;
  }
  const contextStats = await prepared.stats();
  if (outcome.error || !outcome.imageId) {
    const failure = explainFailure(
      redact(outcome.error ?? 'The engine ended the build without an image id'),
      progress.failingStep(),
    );
    const lines = [
      `Build failed${failure.step ? ` at ${failure.step}` : ''}${failure.exitCode !== undefined ? ` (exit code ${failure.exitCode})` : ''}: ${failure.message}`,
      ...(failure.outputTail.length
        ? ['Last output lines:', ...failure.outputTail.map((line) => `  ${line}`)]
        : []),
    ];
    throw new ToolError('BUILD_FAILED', lines.join('\n'), failure.hint);
  }
  const image = await engine.inspectImage(outcome.imageId);
  return {
    imageId: outcome.imageId,
    tags: image.tags,
    sizeBytes: image.size,
    durationMs: Date.now() - started,
    steps: progress.summary(),
    warnings: [...outcome.notices, ...progress.warnings],
    builder: outcome.builder,
    dockerfile,
    context: contextDir,
    contextFiles: contextStats.files,
    contextBytes: contextStats.bytes,
    engineVersion: outcome.engineVersion,
  };
}

import type { DockerEngine } from '../../engine/types.js';
import { ToolError } from '../../errors.js';
import {
  interpretTrivyRun,
  type TrivyOutcome,
  type TrivyRunOptions,
  type TrivyTarget,
  trivyArgs,
} from './run.js';

export const trivyImage = 'aquasec/trivy';
export const trivyCacheVolume = 'dockwright-trivy-cache';

/** The Trivy image the engine already has, if any (never pulled implicitly). */
export async function findTrivyImage(engine: DockerEngine): Promise<string | undefined> {
  const images = await engine.listImages({ filters: { reference: [trivyImage, `${trivyImage}:*`] } });
  return images.flatMap((image) => image.tags).find((tag) => tag.startsWith(`${trivyImage}:`));
}

async function saveImage(engine: DockerEngine, ref: string, file: string) {
  const { createWriteStream } = await import('node:fs');
  const { pipeline } = await import('node:stream/promises');
  await pipeline(await engine.exportImage(ref), createWriteStream(file));
}

/**
 * Runs Trivy from its image. Security: the Docker socket is not mounted; an image is
 * handed over as a `docker save` archive in a folder that only this run uses.
 */
export async function runTrivyInContainer(
  engine: DockerEngine,
  image: string,
  target: TrivyTarget,
  options: TrivyRunOptions,
  cacheVolume = trivyCacheVolume,
): Promise<TrivyOutcome> {
  const { mkdtemp, readFile, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const dir = await mkdtemp(path.join(tmpdir(), 'dockwright-trivy-'));
  let id: string | undefined;
  try {
    const mounts = [
      { type: 'bind' as const, source: dir, target: '/work' },
      { type: 'volume' as const, source: cacheVolume, target: '/root/.cache/trivy' },
    ];
    let inside: TrivyTarget = target;
    if (target.kind === 'image') {
      options.onProgress?.(`Exporting ${target.ref} for Trivy`);
      await saveImage(engine, target.ref, path.join(dir, 'image.tar'));
      inside = { kind: 'image-archive', path: '/work/image.tar' };
    } else if (target.kind === 'filesystem' || target.kind === 'config') {
      mounts.push({
        type: 'bind',
        source: target.path,
        target: '/src',
        readOnly: true,
      } as (typeof mounts)[number]);
      inside = { ...target, path: '/src' };
    }
    id = await engine.createContainer({
      image,
      command: trivyArgs(inside, options, '/work/report.json'),
      mounts,
      labels: { 'dockwright.trivy': '1' },
    });
    await engine.startContainer(id);
    options.onProgress?.(`Trivy is running in container ${id.slice(0, 12)}`);
    const deadline = AbortSignal.timeout(options.timeoutSeconds * 1000 + 5000);
    const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
    const exit = await engine.waitContainer(id, signal).catch((error) => {
      if (signal.aborted) return undefined;
      throw error;
    });
    const logs = await engine.containerLogs(id, { stdout: true, stderr: true, tail: 200 });
    const outcome = interpretTrivyRun(
      {
        exitCode: exit?.exitCode ?? -1,
        stderr: logs.stderr,
        timedOut: !exit && deadline.aborted,
        cancelled: !exit && Boolean(options.signal?.aborted),
      },
      target,
      options,
    );
    if (outcome.status !== 'report') return outcome;
    return { ...outcome, json: await readFile(path.join(dir, 'report.json'), 'utf8') };
  } catch (error) {
    if (error instanceof ToolError) throw error;
    throw new ToolError('ENGINE_ERROR', `Running Trivy from ${image} failed: ${(error as Error).message}`);
  } finally {
    if (id) await engine.removeContainer(id, { force: true }).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}

import path from 'node:path';
import { runBuild } from '../build/run.js';
import { formatPorts, ownLabels, shortId } from '../containers/format.js';
import { findBaseImage } from '../image/base-image.js';
import { baseImagesOf } from './base-images.js';
import { type Leftovers, removeContainer } from './cleanup.js';
import { verifyFailure } from './failure.js';
import type { ContainerizeContext, ContainerizeOptions, ContainerizeReport } from './model.js';
import type { Prepared } from './prepare.js';
import { recordContainerized } from './record.js';
import { assessBuiltImage, checkScan, scanBuiltImage } from './scan-assess.js';
import type { StageRunner } from './stages.js';
import { verifyContainer } from './verify.js';

/** Marks what containerize creates, so that a leak is easy to find. */
const CONTAINERIZE_LABEL = 'dockwright.containerize';

function defaultTag(projectDir: string): string {
  const name = path
    .basename(projectDir)
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '');
  return `${name || 'app'}:dockwright`;
}

/** Which scanner, and how many layers it did not have to read again. */
function scanNote({ outcome }: Awaited<ReturnType<typeof scanBuiltImage>>): string | undefined {
  if (!outcome.ok) return undefined;
  const { engine, layers } = outcome.result;
  const scanner = engine.name === 'trivy' ? `Trivy ${engine.version}` : 'built-in scanner';
  if (!layers) return scanner;
  const known = layers.total - layers.read;
  return `${scanner}, ${known} of ${layers.total} layers known from earlier scans`;
}

/** build, run, verify, scan (overlapping run and verify), assess, record: the stages that need the engine. */
export async function buildRunAndCheck(
  ctx: ContainerizeContext,
  options: ContainerizeOptions,
  prepared: Prepared,
  stages: StageRunner,
  report: ContainerizeReport,
  leftovers: Leftovers,
): Promise<void> {
  const { engine } = ctx;
  const tag = options.tag ?? defaultTag(prepared.projectDir);
  const labels = ownLabels({ ...options.labels, [CONTAINERIZE_LABEL]: '1' });
  const previous = await engine.inspectImage(tag).then(
    (image) => image.id,
    () => undefined,
  );
  const build = await stages.run(
    'build',
    () =>
      runBuild(
        engine,
        ctx.workspace,
        { context: prepared.projectDir, tags: [tag], labels, noCache: options.noCache },
        {
          signal: ctx.signal,
          onProgress: (update) => stages.within('build', update.progress / (update.total || 1), update.step),
        },
      ),
    (b) => `${(b.durationMs / 1000).toFixed(1)} s, ${b.steps.cached}/${b.steps.total} steps cached`,
  );
  if (build.imageId !== previous) leftovers.image = tag;
  // Confirmed by layer parentage: the FROM name may point elsewhere by now.
  const base = await findBaseImage(
    engine,
    await engine.inspectImage(build.imageId),
    baseImagesOf(prepared.dockerfile).final,
  );
  report.image = {
    tag,
    id: shortId(build.imageId),
    sizeBytes: build.sizeBytes,
    baseImage: base?.ref,
    baseShare: base ? Math.round((base.sizeBytes / build.sizeBytes) * 100) / 100 : undefined,
    kept: true,
  };
  report.buildMs = build.durationMs;
  report.checks.passed.push('build');

  // The scan reads the image while the container starts, so the two waits overlap.
  const scanning = new AbortController();
  const stopScan = () => scanning.abort();
  ctx.signal.addEventListener('abort', stopScan, { once: true });
  const scan = scanBuiltImage(engine, tag, scanning.signal);
  scan.catch(() => undefined);
  try {
    const port = report.port;
    const container = await stages.run('run', async () => {
      const id = await engine.createContainer({
        image: tag,
        labels,
        restartPolicy: { name: 'no' },
        ports: port ? [{ containerPort: port, protocol: 'tcp', hostIp: '127.0.0.1', hostPort: 0 }] : [],
      });
      leftovers.container = id;
      await engine.startContainer(id);
      return engine.inspectContainer(id);
    });
    const verification = await stages.run('verify', () =>
      verifyContainer(engine, {
        id: container.id,
        image: tag,
        hostPort: container.ports.find((p) => p.containerPort === port)?.hostPort,
        healthRoute: report.healthRoute ?? '/',
        timeoutMs: options.timeoutSeconds * 1000,
        signal: ctx.signal,
      }),
    );
    report.verify = verification;
    report.healthyMs = verification.healthyMs;
    if (!verification.passed) {
      stages.fail('verify');
      report.failure = verifyFailure(verification);
      report.checks.failed.push(`verify (${verification.method}): ${verification.detail}`);
      report.pattern = await stages.run('record', () =>
        recordContainerized(ctx, {
          prepared,
          failedStage: 'verify',
          build,
          verification,
          checksPassed: ['build', 'run'],
        }),
      );
      return;
    }
    report.checks.passed.push(`verify (${verification.method}): ${verification.detail}`);
    // Verified: the container has nothing more to tell, so it goes while the scan finishes.
    if (!options.keepRunning) leftovers.containerRemoval = removeContainer(ctx, container.id);
    const scanned = await stages.run('scan', () => scan, scanNote);
    report.scan = scanned.summary;
    checkScan(report);
    report.assessment = await stages.run('assess', () =>
      assessBuiltImage(engine, {
        image: tag,
        projectDir: prepared.projectDir,
        buildMs: build.durationMs,
        verification,
        scan: scanned.outcome,
        signal: ctx.signal,
      }),
    );
    report.checks.failed.push(...report.assessment.failed.map((line) => `assess ${line}`));
    report.pattern = await stages.run('record', () =>
      recordContainerized(ctx, {
        prepared,
        build,
        verification,
        scan: scanned.outcome,
        checksPassed: ['build', 'run', verification.method],
      }),
    );
    report.ok = true;
    const details = options.keepRunning ? await engine.inspectContainer(container.id) : undefined;
    if (details?.state.running) {
      report.container = { id: shortId(details.id), name: details.name, ports: formatPorts(details.ports) };
    }
  } finally {
    stopScan();
    ctx.signal.removeEventListener('abort', stopScan);
  }
}

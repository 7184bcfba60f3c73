import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runBuild } from '../../src/build/run.js';
import {
  type BaseRole,
  generateDockerfile,
  isBaseRole,
  writeGeneratedFiles,
} from '../../src/dockerfile/generate/index.js';
import { lintText } from '../../src/dockerfile/lint/lint-text.js';
import { connectEngine, type DockerEngine } from '../../src/engine/index.js';
import { detectProject } from '../../src/project/index.js';
import { Workspace } from '../../src/workspace.js';
import { runChecks } from './checks.js';
import type { CorpusApp } from './corpus.js';
import { railpackConfiguration } from './railpack-config.js';
import { unreachableRegistry } from './registries.js';
import { chooseStandIns, NEWER_RELEASE_OUTPUT, STAND_INS } from './stand-ins.js';
import { expectedVersions, pinFiles, requestedVersions } from './versions.js';

export interface BenchOptions {
  build: boolean;
  timeoutMs: number;
  /** Names this run's images (dockwright-bench/APP:label) and labels everything it makes. */
  label: string;
  /** Extra labels, e.g. a test suite's, so its own clean-up finds what the run made. */
  labels?: Record<string, string>;
}

export type Stage = 'detect' | 'generate' | 'lint' | 'skipped' | 'build' | 'run' | 'passed';

export interface AppResult {
  app: string;
  family: string;
  language?: string;
  stage: Stage;
  reason: string;
  lintFindings: string[];
  imageBytes?: number;
  buildMs?: number;
  passMs?: number;
  healthyMs?: number;
  /** Runtime → version the generated Dockerfile asks for. */
  requested: Record<string, string>;
  /** The start command dockwright chose, and Railpack's (plans/NAME.json). */
  start?: string;
  /** The generator's reason for its start command (its rationale entry). */
  startWhy?: string;
  /** The app's version files (.nvmrc, mise.toml, engines...), to tell its pins from Railpack's defaults. */
  pinFiles: string[];
  /** Runtime → version the app's own checks print. */
  expected: Record<string, string>;
  /** Where the stand-in holds another version than the one asked for. */
  standInDiffers: string[];
  /** The failing checks only name a runtime version the stand-in cannot have. */
  versionOnly?: boolean;
  /** A failure whose checks depend on Railpack's own configuration (railpack.json, RAILPACK_* variables): why. */
  railpackConfig?: string;
}

let engine: Promise<DockerEngine> | undefined;

/** Each role's default stand-in (the first in STAND_INS), for callers that build several apps alike. */
export const standInOverrides = () =>
  Object.fromEntries(
    Object.entries(STAND_INS)
      .filter(([role]) => isBaseRole(role))
      .map(([role, standIns]) => [role, standIns[0].image]),
  ) as Partial<Record<BaseRole, string>>;

const imagePresent = new Map<string, Promise<boolean>>();
const exists = (docker: DockerEngine) => (image: string) => {
  if (!imagePresent.has(image))
    imagePresent.set(
      image,
      docker.inspectImage(image).then(
        () => true,
        () => false,
      ),
    );
  return imagePresent.get(image) as Promise<boolean>;
};

/** The stand-ins for this app's requested versions, as the generator's base-image option. */
async function standInsFor(docker: DockerEngine, result: AppResult) {
  const choice = await chooseStandIns(result.requested, exists(docker));
  result.standInDiffers = choice.differs;
  return Object.fromEntries(Object.entries(choice.images).filter(([role]) => isBaseRole(role))) as Partial<
    Record<BaseRole, string>
  >;
}

const fromImages = (dockerfile: string) => {
  const stages = new Set<string>();
  const images: string[] = [];
  for (const match of dockerfile.matchAll(/^FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/gim)) {
    if (!stages.has(match[1].toLowerCase())) images.push(match[1]);
    if (match[2]) stages.add(match[2].toLowerCase());
  }
  return images;
};

export async function benchApp(app: CorpusApp, options: BenchOptions): Promise<AppResult> {
  const copy = mkdtempSync(path.join(tmpdir(), `dockwright-bench-${app.name}-`));
  const result: AppResult = {
    app: app.name,
    family: app.family,
    stage: 'detect',
    reason: '',
    lintFindings: [],
    requested: {},
    expected: expectedVersions(app.checks),
    pinFiles: pinFiles(app.dir),
    standInDiffers: [],
  };
  try {
    cpSync(app.dir, copy, { recursive: true });
    await stages(app, copy, result, options);
  } catch (error) {
    result.reason = (error instanceof Error ? error.message : String(error))
      .split('\n')
      .slice(0, 3)
      .join(' | ');
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
  return result;
}

async function stages(app: CorpusApp, copy: string, result: AppResult, options: BenchOptions): Promise<void> {
  const plan = detectProject(copy);
  result.language = plan.language.value;
  result.stage = 'generate';
  const appDir = path.join(copy, plan.appDir.value);
  const existing = ['Dockerfile', 'compose.yaml', 'docker-compose.yml'].filter((f) =>
    existsSync(path.join(appDir, f)),
  );
  const generated = generateDockerfile(plan, { baseImages: {} });
  result.requested = requestedVersions(generated.dockerfile);
  const start = generated.rationale.find((r) => r.choice.startsWith('start: '));
  result.start = start?.choice.slice('start: '.length);
  result.startWhy = start?.why;
  result.stage = 'lint';
  const lint = await lintText(generated.dockerfile);
  result.lintFindings = lint.findings
    .filter((f) => f.severity === 'error' || f.severity === 'warning')
    .map((f) => `${f.code}@${f.line}`);
  if (result.lintFindings.length > 0) {
    result.reason = `lint: ${result.lintFindings.join(' ')}`;
    return;
  }
  const registry = unreachableRegistry(appDir, plan.language.value);
  if (registry) {
    result.stage = 'skipped';
    result.reason = `skipped: ${registry}`;
    return;
  }
  if (!options.build) {
    result.stage = 'skipped';
    result.reason = `not built (--no-build)${existing.length ? `; app has ${existing.join(', ')}` : ''}`;
    return;
  }
  engine ??= connectEngine();
  const docker = await engine;
  const buildable = generateDockerfile(plan, { baseImages: await standInsFor(docker, result) });
  const workspace = new Workspace([copy]);
  await writeGeneratedFiles(
    workspace,
    appDir,
    [
      { name: 'Dockerfile', content: buildable.dockerfile },
      { name: '.dockerignore', content: buildable.dockerignore },
    ],
    { write: true, overwrite: true },
  );
  for (const image of fromImages(buildable.dockerfile)) {
    if (!(await exists(docker)(image))) {
      result.stage = 'skipped';
      result.reason = `skipped: no stand-in for ${image}`;
      return;
    }
  }
  result.stage = 'build';
  const tag = `dockwright-bench/${app.name}:${options.label}`;
  const labels = { ...options.labels, 'dockwright.bench': options.label };
  try {
    const built = await runBuild(
      docker,
      workspace,
      { context: appDir, tags: [tag], labels },
      {
        signal: AbortSignal.timeout(15 * 60_000),
      },
    );
    result.imageBytes = built.sizeBytes;
    result.buildMs = built.durationMs;
    result.stage = 'run';
    const outcome = await runChecks(docker, {
      image: tag,
      port: buildable.port,
      checks: app.checks,
      labels,
      timeoutMs: options.timeoutMs,
    });
    result.passMs = outcome.passMs;
    result.healthyMs = outcome.healthyMs;
    if (outcome.passed) {
      result.stage = 'passed';
      return;
    }
    result.reason = `${outcome.reason}; missing: ${outcome.missing.join(' / ').slice(0, 200)}`;
    result.versionOnly =
      result.standInDiffers.length > 0 &&
      outcome.missing.every(
        (text) => NEWER_RELEASE_OUTPUT[text] || Object.values(result.expected).some((v) => text.includes(v)),
      );
    if (!result.versionOnly) result.railpackConfig = railpackConfiguration(app);
  } finally {
    await docker.removeImage(tag, { force: true }).catch(() => undefined);
  }
}

/** Removes every container and image this run labelled (also after an interrupted run). */
export async function removeLabelled(label: string): Promise<void> {
  if (!engine) return;
  const docker = await engine;
  const filters = { label: [`dockwright.bench=${label}`] };
  for (const container of await docker.listContainers({ all: true, filters }))
    await docker.removeContainer(container.id, { force: true }).catch(() => undefined);
  for (const image of await docker.listImages({ filters }))
    await docker.removeImage(image.id, { force: true }).catch(() => undefined);
}

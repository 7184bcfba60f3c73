import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Rationale } from '../../dockerfile/generate/dockerfile-builder.js';
import type { GenerateOptions } from '../../dockerfile/generate/generate-dockerfile.js';
import type { FileToWrite } from '../../dockerfile/generate/write-files.js';
import { findAppLinks } from '../../project/app-links.js';
import { composeFileIn } from '../../project/apps.js';
import type { DetectedApp } from '../../project/detect-apps.js';
import { inDir } from '../../project/project-files.js';
import {
  composeHealthcheck,
  findingsOf,
  generateFor,
  HAS_HEALTHCHECK,
  keptRationale,
  mergeIgnores,
  withoutOtherApps,
} from './app-dockerfile.js';
import { type WiredApp, wireApps } from './app-wiring.js';
import {
  type ComposeApp,
  type ComposeOptions,
  type GeneratedCompose,
  generateAppsCompose,
} from './generate-compose.js';

export interface MultiAppOptions extends GenerateOptions, ComposeOptions {
  /** Existing Dockerfiles stay (no overwrite asked): compose.yaml builds with them. */
  keepExisting: boolean;
}

export interface GeneratedApp {
  name: string;
  dir: string;
  /** The build context, root-relative. */
  context: string;
  /** The Dockerfile compose.yaml builds with, root-relative. */
  dockerfile: string;
  /** The generated Dockerfile; empty when the app keeps its own and no template fits it. */
  generated: string;
  existing: string[];
  /** Lint findings of the app's own Dockerfile ("DL3008 line 3: ..."), which dockerfile_fix or overwrite address. */
  findings: string[];
  port?: number;
}

export interface GeneratedMultiApp extends GeneratedCompose {
  apps: GeneratedApp[];
  /** Every file to write, root-relative: a Dockerfile and .dockerignore per app, compose.yaml at the root. */
  files: FileToWrite[];
}

/**
 * A Dockerfile per app (each app's own template), and one compose.yaml that builds each
 * from its folder (or the workspace root), publishes its port and wires the apps that call
 * each other by service name.
 */
export async function generateMultiApp(
  root: string,
  apps: DetectedApp[],
  options: MultiAppOptions,
): Promise<GeneratedMultiApp> {
  const files: FileToWrite[] = [];
  const results: GeneratedApp[] = [];
  const wired: WiredApp[] = [];
  const usedPorts = new Set<number>();
  const composeApps: ComposeApp[] = [];
  const ownDockerfiles: Rationale[] = [];
  let rootIgnore: string | undefined;
  for (const app of apps) {
    const dockerfilePath = inDir(app.dir, 'Dockerfile');
    const own = app.existing.includes(dockerfilePath)
      ? readFileSync(path.join(root, dockerfilePath), 'utf8')
      : undefined;
    const generated = generateFor(app, own, options);
    // A Dockerfile identical to the generated one (written by an earlier run) is not the app's own.
    const kept = own !== undefined && own !== generated?.dockerfile && (options.keepExisting || !generated);
    const exposed = Number(/^\s*EXPOSE\s+(\d+)/im.exec(own ?? '')?.[1]) || undefined;
    const port = (kept ? exposed : undefined) ?? generated?.port ?? app.plan.port?.value;
    if (generated) {
      files.push({ name: dockerfilePath, content: generated.dockerfile });
      if (app.context === app.dir)
        files.push({
          name: inDir(app.dir, '.dockerignore'),
          content: app.dir === '.' ? withoutOtherApps(generated.dockerignore, apps) : generated.dockerignore,
        });
      else
        rootIgnore = rootIgnore ? mergeIgnores(rootIgnore, generated.dockerignore) : generated.dockerignore;
    }
    let hostPort = port;
    while (hostPort !== undefined && usedPorts.has(hostPort)) hostPort++;
    if (hostPort !== undefined) usedPorts.add(hostPort);
    wired.push({
      name: app.name,
      port,
      healthy: kept ? HAS_HEALTHCHECK.test(own ?? '') : generated?.healthcheck.instruction !== undefined,
      staticSite: app.plan.appKind.value === 'static-site',
    });
    composeApps.push({
      name: app.name,
      plan: app.plan,
      build:
        app.context !== app.dir
          ? { context: '.', dockerfile: dockerfilePath }
          : { context: app.dir === '.' ? '.' : `./${app.dir}` },
      port,
      hostPort: hostPort === port ? undefined : hostPort,
      healthcheck: !kept && generated ? composeHealthcheck(generated.healthcheck) : undefined,
    });
    const findings = await findingsOf(own);
    if (kept) ownDockerfiles.push(keptRationale(app, dockerfilePath, findings.length));
    results.push({
      name: app.name,
      dir: app.dir,
      context: app.context,
      dockerfile: dockerfilePath,
      generated: generated?.dockerfile ?? '',
      existing: app.existing,
      findings,
      port,
    });
  }
  if (rootIgnore) files.push({ name: '.dockerignore', content: rootIgnore });
  const wiring = wireApps(
    wired,
    findAppLinks(
      root,
      apps.map(({ name, dir }, i) => ({ name, dir, port: wired[i].port })),
    ),
  );
  for (const app of composeApps) {
    app.environment = wiring.environment[app.name];
    app.dependsOn = wiring.dependsOn[app.name];
  }
  const compose = await generateAppsCompose(composeApps, options);
  files.push({ name: composeFileIn(root), content: compose.compose });
  return {
    ...compose,
    rationale: [...ownDockerfiles, ...wiring.rationale, ...compose.rationale],
    apps: results,
    files,
  };
}

import { ToolError } from '../errors.js';
import { containerFilesIn, findApps, findNestedApps, MAX_APPS } from './apps.js';
import type { LanguageDetection } from './detection.js';
import { firstMatch } from './detectors.js';
import { procfileCommand } from './procfile.js';
import { ProjectFiles } from './project-files.js';
import { DEFAULT_VERSIONS, LATEST_VERSIONS, resolveNodeVersion, resolveVersion } from './runtime-versions.js';
import { inferServices, prismaService } from './services.js';
import { healthRoute, sourceFiles } from './source-scan.js';
import { pinnedTool } from './tool-pins.js';
import type { Fact, ProjectPlan } from './types.js';

const LOOKED_FOR =
  'package.json, requirements.txt, pyproject.toml, go.mod, Cargo.toml, pom.xml, build.gradle, *.csproj, Gemfile, composer.json, index.html';

export interface DetectOptions {
  /** The app inside a monorepo, relative to the root; found automatically when the root has no project. */
  appDir?: string;
  /** The package of a Node workspace to detect as the app, with the workspace root as its build context. */
  workspaceApp?: string;
}

function workspaceNote(files: ProjectFiles): string | undefined {
  const manifest = files.readJson('package.json');
  const declared =
    manifest?.workspaces ?? (files.exists('pnpm-workspace.yaml') ? 'pnpm-workspace.yaml' : undefined);
  if (!declared) return undefined;
  const apps = files.find((name) => name === 'package.json', 2).filter((p) => p.includes('/'));
  return `Monorepo with workspaces (${apps.map((p) => p.replace(/\/package\.json$/, '')).join(', ')}); pass appDir to containerize one app.`;
}

function servicesOf(files: ProjectFiles, detection: LanguageDetection): ProjectPlan['services'] {
  const deps = detection.dependencies;
  const services = deps ? inferServices(deps.names, deps.source) : [];
  const prisma = prismaService(files.readText('prisma/schema.prisma'));
  if (prisma && !services.some((s) => s.name === prisma)) {
    services.push({ name: prisma, dependency: '@prisma/client', source: 'prisma/schema.prisma' });
  }
  return services;
}

/**
 * A runtime pinned in mise.toml or .tool-versions (in the app, else at the repository root):
 * an explicit tool pin wins over manifest ranges such as engines or requires-python.
 */
function toolPin(files: ProjectFiles, rootFiles: ProjectFiles, language: string): Fact<string> | undefined {
  const pin = pinnedTool(files, language) ?? pinnedTool(rootFiles, language);
  if (!pin) return undefined;
  const defaults = DEFAULT_VERSIONS as Record<string, string>;
  const version =
    language === 'node'
      ? resolveNodeVersion(pin.value)
      : language === 'bun'
        ? pin.value.replace(/^v/, '')
        : resolveVersion(pin.value, defaults[language] ?? pin.value, LATEST_VERSIONS[language]);
  return version ? { value: version, source: pin.source } : undefined;
}

/** Detects the project in `root`, explaining each fact with the file it came from. */
export function detectProject(root: string, options: DetectOptions = {}): ProjectPlan {
  const rootFiles = new ProjectFiles(root);
  if (!rootFiles.isDir('.')) {
    throw new ToolError(
      'NOT_FOUND',
      `Directory "${root}" does not exist.`,
      'Pass the path of a project directory.',
    );
  }
  if (rootFiles.list().length === 0) {
    throw new ToolError(
      'INVALID_ARGUMENT',
      `Directory "${root}" is empty: there is no project to detect.`,
      'Point at the folder that holds the project’s manifest (package.json, go.mod, ...).',
    );
  }
  let multiApp: string | undefined;
  let appDir: Fact<string> = {
    value: options.appDir ?? '.',
    source: options.appDir ? 'option appDir' : 'default: the root',
  };
  if (!options.appDir && !firstMatch(rootFiles)) {
    const nested = findNestedApps(rootFiles);
    if (nested.length === 1)
      appDir = { value: nested[0], source: `${nested[0]}: the only project below the root` };
    if (nested.length > 1) {
      appDir = {
        value: nested[0],
        source: `${nested[0]}: the first of ${nested.length} apps below the root`,
      };
    }
  }
  const apps = options.appDir || options.workspaceApp ? [] : findApps(rootFiles);
  if (apps.length > 1) {
    const named = apps.slice(0, MAX_APPS).map((app) => (app.dir === '.' ? 'the root' : app.dir));
    const more = apps.length > MAX_APPS ? ` and ${apps.length - MAX_APPS} more` : '';
    multiApp = `This repository holds ${apps.length} apps (${named.join(', ')}${more}): compose_generate on the root writes a Dockerfile for each${more ? ` of the first ${MAX_APPS}` : ''} and a compose.yaml that wires them; appDir picks one.`;
  }
  const files = rootFiles.sub(appDir.value);
  const detector = firstMatch(files);
  if (!detector) {
    throw new ToolError(
      'INVALID_ARGUMENT',
      `No project found in "${root}${appDir.value === '.' ? '' : `/${appDir.value}`}": none of ${LOOKED_FOR} is there.`,
      'Point at the project folder (or pass appDir for a monorepo), or write the Dockerfile by hand and lint it with dockerfile_lint.',
    );
  }
  const detection = detector.detect(
    files,
    appDir.value === '.' ? undefined : rootFiles,
    options.workspaceApp,
  );
  const { dependencies: _dependencies, ...facts } = detection;
  const plan: ProjectPlan = {
    ...facts,
    root,
    appDir,
    manifests: detection.manifests ?? [],
    services: servicesOf(files, detection),
    conflicts: detection.conflicts ?? [],
    notes: detection.notes ?? [],
    appKind:
      detection.appKind ??
      (detection.port
        ? { value: 'server', source: detection.port.source }
        : { value: 'worker', source: 'no port found' }),
  };
  if (!plan.healthPath && plan.appKind.value === 'server') {
    plan.healthPath = healthRoute(files, sourceFiles(files, plan.entry?.value));
  }
  const indexFallback = /^\s*index_fallback:\s*(true|false)\b/m.exec(files.readText('Staticfile') ?? '')?.[1];
  if (indexFallback)
    plan.spaFallback = { value: indexFallback === 'true', source: 'Staticfile#index_fallback' };
  const pinned = toolPin(files, rootFiles, plan.jsRuntime?.value === 'bun' ? 'bun' : plan.language.value);
  if (pinned) plan.runtimeVersion = pinned;
  const procfile = procfileCommand(files.readText('Procfile'));
  if (procfile) {
    plan.startCommand = procfile.command;
    if (procfile.kind === 'worker') plan.appKind = { value: 'worker', source: 'Procfile#worker' };
  }
  if (multiApp) plan.notes.push(multiApp);
  const ownIgnore = files.readText('.dockerignore');
  if (ownIgnore !== undefined) {
    plan.dockerignore = ownIgnore
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
  }
  const existing = [
    ...new Set([
      ...containerFilesIn(rootFiles, '.'),
      ...containerFilesIn(rootFiles, options.workspaceApp ?? appDir.value),
      ...apps.flatMap((app) => containerFilesIn(rootFiles, app.dir)),
    ]),
  ];
  if (existing.length > 0) {
    plan.notes.push(
      `The project already has ${existing.join(', ')}: generated files are shown as a diff and replace them only with overwrite: true.`,
    );
  }
  const workspaces = appDir.value === '.' ? workspaceNote(files) : undefined;
  if (workspaces) plan.notes.push(workspaces);
  return plan;
}

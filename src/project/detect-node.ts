import type { LanguageDetection, LanguageDetector } from './detection.js';
import { portInSource } from './detection.js';
import { detectNodeFramework } from './node-framework.js';
import { detectNodePackageManager, npmLockfileMismatch } from './node-package-manager.js';
import { bunVersion, detectJsRuntime } from './node-runtime.js';
import { workspaceGlobs, workspacePackages } from './node-workspaces.js';
import type { ProjectFiles } from './project-files.js';
import { resolveNodeVersion, toolVersionsEntry } from './runtime-versions.js';
import { healthRoute, sourceFiles } from './source-scan.js';
import type { Fact } from './types.js';

const ENTRY_CANDIDATES = [
  'server.js',
  'index.js',
  'app.js',
  'main.js',
  'index.ts',
  'server.ts',
  'src/server.js',
  'src/index.js',
  'src/main.js',
  'src/index.ts',
];

/** Packages that build a native addon with node-gyp when no prebuilt binary can be fetched. */
const NATIVE_MODULES = [
  'better-sqlite3',
  'bcrypt',
  'sqlite3',
  'argon2',
  'canvas',
  'node-pty',
  'cpu-features',
];

/** A build script that only type-checks (`tsc --noEmit`) produces nothing to ship. */
const TYPE_CHECK_ONLY = /^\s*tsc\s+--noEmit\s*$/;

function stringRecord(value: unknown): Record<string, string> {
  return value && typeof value === 'object' ? (value as Record<string, string>) : {};
}

function nodeVersion(files: ProjectFiles, manifest: Record<string, unknown>): Fact<string> | undefined {
  for (const file of ['.nvmrc', '.node-version']) {
    const text = files.readText(file)?.trim();
    const version = text ? resolveNodeVersion(text) : undefined;
    if (version) return { value: version, source: file };
  }
  const asdf = files.readText('.tool-versions');
  const asdfVersion = asdf ? toolVersionsEntry(asdf, 'nodejs') : undefined;
  if (asdfVersion) {
    const version = resolveNodeVersion(asdfVersion);
    if (version) return { value: version, source: '.tool-versions' };
  }
  const engines = stringRecord(manifest.engines).node;
  const version = engines ? resolveNodeVersion(engines) : undefined;
  return version ? { value: version, source: 'package.json#engines.node' } : undefined;
}

function runScript(manager: string, script: string): string {
  const runner = manager === 'yarn-berry' ? 'yarn' : manager;
  return `${runner} run ${script}`;
}

/** With npm a plain `node file` start script runs directly (no package manager at PID 1); pnpm and Yarn projects start through their manager, as their scripts expect. */
function startFromScript(script: string, manager: string): string {
  const direct = manager === 'npm' && /^(node|bun)\s+[\w./@-]+$/.test(script.trim());
  return direct ? script.trim() : runScript(manager, 'start');
}

function entryFile(
  files: ProjectFiles,
  manifest: Record<string, unknown>,
  start?: string,
): Fact<string> | undefined {
  const named = start
    ? /^(?:node|bun|tsx|ts-node)\s+([\w./@-]+\.[cm]?[jt]sx?)\b/.exec(start.trim())?.[1]
    : undefined;
  if (named && files.exists(named)) return { value: named, source: 'package.json#scripts.start' };
  if (typeof manifest.main === 'string' && files.exists(manifest.main)) {
    return { value: manifest.main, source: 'package.json#main' };
  }
  const found = ENTRY_CANDIDATES.find((name) => files.exists(name));
  return found ? { value: found, source: found } : undefined;
}

/**
 * In a workspace whose root runs nothing itself (no start script, no entry), the app is the
 * workspace package with a start or build script or a framework, preferring apps/.
 */
function workspaceApp(files: ProjectFiles, packages: string[]): string | undefined {
  const runnable = runnableWorkspacePackages(files, packages);
  return runnable.find((dir) => dir.startsWith('apps/')) ?? runnable[0];
}

/** Workspace packages that run or build something (a start or build script, or a server framework), not libraries. */
export function runnableWorkspacePackages(files: ProjectFiles, packages: string[]): string[] {
  return packages.filter((dir) => {
    const manifest = files.readJson(`${dir}/package.json`) ?? {};
    const scripts = stringRecord(manifest.scripts);
    const deps = new Set(Object.keys(stringRecord(manifest.dependencies)));
    return scripts.start || scripts.build || detectNodeFramework(files.sub(dir), deps)?.kind === 'server';
  });
}

/** package.json, or pnpm's package.json5 (comments and trailing commas allowed). */
function readManifest(files: ProjectFiles): Record<string, unknown> {
  const json = files.readJson('package.json');
  if (json) return json;
  const text = files.readText('package.json5');
  if (!text) return {};
  const plain = text
    .replace(/("(?:\\.|[^"\\])*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (_m, str: string | undefined) => str ?? '')
    .replace(/,(\s*[\]}])/g, '$1');
  try {
    return JSON.parse(plain) as Record<string, unknown>;
  } catch {
    return {};
  }
}

function detectNode(
  files: ProjectFiles,
  workspaceRoot?: ProjectFiles,
  chosenApp?: string,
): LanguageDetection {
  const rootManifest = readManifest(files);
  const manifestFile = files.exists('package.json') ? 'package.json' : 'package.json5';
  const globs = workspaceGlobs(files, rootManifest);
  const workspaces = globs.length > 0 ? workspacePackages(files, globs) : [];
  const rootRuns =
    Boolean(stringRecord(rootManifest.scripts).start) || entryFile(files, rootManifest) !== undefined;
  const app =
    chosenApp && workspaces.includes(chosenApp)
      ? chosenApp
      : !rootRuns && workspaces.length > 0
        ? workspaceApp(files, workspaces)
        : undefined;
  // A root start script such as `cd apps/web && npm start` runs one workspace: its framework, port and routes are the app's.
  const delegated = /^cd\s+([\w./-]+?)\/?\s*&&/.exec(stringRecord(rootManifest.scripts).start ?? '')?.[1];
  const codeDir = app ?? (delegated && workspaces.includes(delegated) ? delegated : undefined);
  const appFiles = codeDir ? files.sub(codeDir) : files;
  const manifest = app ? (appFiles.readJson('package.json') ?? {}) : rootManifest;
  const codeManifest = codeDir ? (appFiles.readJson('package.json') ?? {}) : rootManifest;
  const scripts = stringRecord(manifest.scripts);
  const deps = new Set([
    ...Object.keys(stringRecord(codeManifest.dependencies)),
    ...Object.keys(stringRecord(codeManifest.devDependencies)),
  ]);
  const native = NATIVE_MODULES.filter((name) => deps.has(name));
  const pm = detectNodePackageManager(files, rootManifest, workspaceRoot);
  const manager = pm.manager.value;
  const framework = detectNodeFramework(appFiles, deps);
  const jsRuntime = detectJsRuntime(appFiles, manifest, manager, scripts.start);
  const entry = entryFile(appFiles, manifest, scripts.start);
  let startCommand: Fact<string> | undefined;
  if (scripts.start) {
    startCommand = { value: startFromScript(scripts.start, manager), source: 'package.json#scripts.start' };
  } else if (framework?.start) {
    startCommand = { value: framework.start, source: `default for ${framework.name}` };
  } else if (entry && framework?.kind !== 'spa') {
    startCommand = { value: `${jsRuntime.value} ${entry.value}`, source: entry.source };
  }
  if (framework?.start && framework.outputDir === '.next/standalone') {
    startCommand = { value: framework.start, source: 'next.config#output' };
  }
  const sources = sourceFiles(appFiles, entry?.value);
  const sourcePort = sources.map((file) => portInSource(appFiles.readText(file))).find(Boolean);
  const port: Fact<number> | undefined = sourcePort
    ? { value: sourcePort, source: sources.find((f) => portInSource(appFiles.readText(f))) ?? 'source' }
    : framework
      ? { value: framework.port, source: `default for ${framework.name}` }
      : undefined;
  const localLockfile = pm.lockfile && files.exists(pm.lockfile) ? pm.lockfile : undefined;
  const manifests = [
    manifestFile,
    ...(localLockfile ? [localLockfile] : []),
    ...(files.exists('pnpm-workspace.yaml') ? ['pnpm-workspace.yaml'] : []),
    ...workspaces.map((dir) => `${dir}/package.json`),
  ];
  const notes = pm.note ? [pm.note] : [];
  if (pm.lockfile && !localLockfile) {
    notes.push(
      `The lockfile (${pm.lockfile}) is at the workspace root, outside this app's build context, so the install cannot be frozen.`,
    );
  }
  if (app && !chosenApp)
    notes.push(`Workspace root runs nothing itself; the app is ${app} (of ${workspaces.join(', ')}).`);
  if (manager === 'yarn-berry' && files.exists('.yarnrc.yml')) manifests.push('.yarnrc.yml');
  if (manager === 'yarn-berry' && files.isDir('.yarn/releases')) manifests.push('.yarn/releases/');
  if (files.exists('.npmrc')) manifests.push('.npmrc');
  // Bun reads registries and scopes for the install from bunfig.toml.
  if (files.exists('bunfig.toml')) manifests.push('bunfig.toml');
  return {
    language: { value: 'node', source: manifestFile },
    framework: framework
      ? { value: framework.name, source: `${app ? `${app}/` : ''}package.json#dependencies` }
      : undefined,
    packageManager: pm.manager,
    packageManagerVersion: pm.version,
    lockfile: localLockfile,
    staleLockfile:
      manager === 'npm' && localLockfile
        ? npmLockfileMismatch(files, rootManifest, localLockfile)
        : undefined,
    lockfileVersion: /^lockfileVersion:\s*'?([\d.]+)/m.exec(
      localLockfile === 'pnpm-lock.yaml' ? (files.readText(localLockfile) ?? '') : '',
    )?.[1],
    manifests,
    productionDependencies: Object.keys(stringRecord(manifest.dependencies)).length,
    runtimeVersion:
      jsRuntime.value === 'bun' ? bunVersion(files, rootManifest) : nodeVersion(files, rootManifest),
    jsRuntime,
    workspaces: workspaces.length > 0 ? workspaces : undefined,
    nativeModules: native.length > 0 ? { value: native, source: 'package.json#dependencies' } : undefined,
    workspaceApp: app
      ? {
          value: app,
          source: chosenApp
            ? 'one app of a multi-app workspace'
            : 'the workspace package with a framework or start script',
        }
      : undefined,
    buildCommand:
      scripts.build !== undefined && !TYPE_CHECK_ONLY.test(scripts.build)
        ? { value: runScript(manager, 'build'), source: `${app ? `${app}/` : ''}package.json#scripts.build` }
        : framework?.build
          ? { value: framework.build, source: `default for ${framework.name}` }
          : undefined,
    startCommand,
    entry,
    outputDir: framework?.outputDir
      ? {
          value: app ? `${app}/${framework.outputDir}` : framework.outputDir,
          source: `default for ${framework.name}`,
        }
      : undefined,
    port,
    healthPath: healthRoute(appFiles, sources),
    appKind:
      framework?.kind === 'spa'
        ? { value: 'static-site', source: `${framework.name} builds static files` }
        : { value: 'server', source: startCommand?.source ?? 'package.json' },
    conflicts: pm.conflict ? [pm.conflict] : [],
    notes,
    dependencies: { names: [...deps], source: 'package.json' },
  };
}

export const nodeDetector: LanguageDetector = {
  matches: (files) => files.exists('package.json') || files.exists('package.json5'),
  detect: detectNode,
};

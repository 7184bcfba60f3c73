import type { LanguageDetection, LanguageDetector } from './detection.js';
import { portInSource } from './detection.js';
import { detectNodeFramework } from './node-framework.js';
import { detectNodePackageManager } from './node-package-manager.js';
import type { ProjectFiles } from './project-files.js';
import { resolveNodeVersion, toolVersionsEntry } from './runtime-versions.js';
import type { Fact } from './types.js';

const ENTRY_CANDIDATES = [
  'server.js',
  'index.js',
  'app.js',
  'main.js',
  'src/server.js',
  'src/index.js',
  'src/main.js',
];

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

/** A start script that is a plain `node file` is run directly, so no package manager sits at PID 1. */
function startFromScript(script: string, manager: string): string {
  return /^node\s+[\w./@-]+$/.test(script.trim()) ? script.trim() : runScript(manager, 'start');
}

function entryFile(files: ProjectFiles, manifest: Record<string, unknown>): Fact<string> | undefined {
  if (typeof manifest.main === 'string' && files.exists(manifest.main)) {
    return { value: manifest.main, source: 'package.json#main' };
  }
  const found = ENTRY_CANDIDATES.find((name) => files.exists(name));
  return found ? { value: found, source: found } : undefined;
}

function detectNode(files: ProjectFiles, workspaceRoot?: ProjectFiles): LanguageDetection {
  const manifest = files.readJson('package.json') ?? {};
  const scripts = stringRecord(manifest.scripts);
  const deps = new Set([
    ...Object.keys(stringRecord(manifest.dependencies)),
    ...Object.keys(stringRecord(manifest.devDependencies)),
  ]);
  const pm = detectNodePackageManager(files, manifest, workspaceRoot);
  const manager = pm.manager.value;
  const framework = detectNodeFramework(files, deps);
  const entry = entryFile(files, manifest);
  let startCommand: Fact<string> | undefined;
  if (scripts.start) {
    startCommand = { value: startFromScript(scripts.start, manager), source: 'package.json#scripts.start' };
  } else if (framework?.start) {
    startCommand = { value: framework.start, source: `default for ${framework.name}` };
  } else if (entry && framework?.kind !== 'spa') {
    startCommand = { value: `node ${entry.value}`, source: entry.source };
  }
  if (framework?.start && framework.outputDir === '.next/standalone') {
    startCommand = { value: framework.start, source: 'next.config#output' };
  }
  const sourcePort = portInSource(entry ? files.readText(entry.value) : undefined);
  const port: Fact<number> | undefined = sourcePort
    ? { value: sourcePort, source: entry?.source ?? 'source' }
    : framework
      ? { value: framework.port, source: `default for ${framework.name}` }
      : undefined;
  const localLockfile = pm.lockfile && files.exists(pm.lockfile) ? pm.lockfile : undefined;
  const manifests = ['package.json', ...(localLockfile ? [localLockfile] : [])];
  const notes = pm.note ? [pm.note] : [];
  if (pm.lockfile && !localLockfile) {
    notes.push(
      `The lockfile (${pm.lockfile}) is at the workspace root, outside this app's build context, so the install cannot be frozen.`,
    );
  }
  if (manager === 'yarn-berry' && files.exists('.yarnrc.yml')) manifests.push('.yarnrc.yml');
  if (files.exists('.npmrc')) manifests.push('.npmrc');
  return {
    language: { value: 'node', source: 'package.json' },
    framework: framework ? { value: framework.name, source: 'package.json#dependencies' } : undefined,
    packageManager: pm.manager,
    packageManagerVersion: pm.version,
    lockfile: localLockfile,
    manifests,
    productionDependencies: Object.keys(stringRecord(manifest.dependencies)).length,
    runtimeVersion: nodeVersion(files, manifest),
    buildCommand: scripts.build
      ? { value: runScript(manager, 'build'), source: 'package.json#scripts.build' }
      : undefined,
    startCommand,
    entry,
    outputDir: framework?.outputDir
      ? { value: framework.outputDir, source: `default for ${framework.name}` }
      : undefined,
    port,
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
  matches: (files) => files.exists('package.json'),
  detect: detectNode,
};

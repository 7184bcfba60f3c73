import type { LanguageDetection, LanguageDetector } from './detection.js';
import { inDir, type ProjectFiles } from './project-files.js';
import { DEFAULT_VERSIONS, resolveVersion } from './runtime-versions.js';
import type { Fact } from './types.js';

const GO_PORT = /["'`]:(\d{2,5})["'`]|PORT["'`]?\s*,\s*["'`](\d{2,5})/;

function goRequires(goMod: string): string[] {
  const names: string[] = [];
  for (const match of goMod.matchAll(/^\s*(?:require\s+)?([\w.-]+\.[\w.-]+\/[^\s]+)\s+v[\w.+-]+/gm))
    names.push(match[1]);
  return names;
}

const PACKAGE_MAIN = /^package\s+main\b/m;

/** The main file of `dir`: main.go, else a Go file that declares `package main`. */
function mainFile(files: ProjectFiles, dir: string): string | undefined {
  const goFiles = files.list(dir).filter((name) => name.endsWith('.go') && !name.endsWith('_test.go'));
  if (goFiles.includes('main.go')) return inDir(dir, 'main.go');
  const found = goFiles.find((name) => PACKAGE_MAIN.test(files.readText(inDir(dir, name)) ?? ''));
  return found ? inDir(dir, found) : undefined;
}

/** The main package: the root when it has main.go or a `package main` file, else the only (or first) `cmd/<name>`. */
function mainPackage(files: ProjectFiles): { entry?: Fact<string>; note?: string } {
  const atRoot = mainFile(files, '.');
  if (atRoot) return { entry: { value: '.', source: atRoot } };
  const commands = files.list('cmd').filter((name) => files.isDir(`cmd/${name}`));
  if (commands.length === 0) return {};
  const entry = { value: `./cmd/${commands[0]}`, source: `cmd/${commands[0]}` };
  const note =
    commands.length > 1
      ? `Several commands under cmd/ (${commands.join(', ')}); building ${commands[0]}. Pass another with the entry option.`
      : undefined;
  return { entry, note };
}

/** The Go sources of the main package at `entry` ('.', './cmd/x', './api'), for the port. */
function mainSourceOf(entry: Fact<string> | undefined): string | undefined {
  if (!entry) return undefined;
  if (entry.source.endsWith('.go')) return entry.source;
  return entry.value === '.' ? 'main.go' : `${entry.value.slice(2)}/main.go`;
}

/**
 * The module folders a go.work file uses (`use ./api`, or a `use ( … )` block), relative to
 * it. Security: a folder outside the repository (`../x`, an absolute path) or a symlink is
 * left out, as the build context could not hold it anyway.
 */
export function goWorkModules(files: ProjectFiles, goWork: string): string[] {
  const named: string[] = [];
  let inBlock = false;
  for (const raw of goWork.split('\n')) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (inBlock) {
      if (line === ')') inBlock = false;
      else if (line) named.push(line);
      continue;
    }
    const use = /^use\s*(.*)$/.exec(line);
    if (!use) continue;
    if (use[1] === '(') inBlock = true;
    else if (use[1]) named.push(use[1]);
  }
  return [
    ...new Set(
      named
        .map((dir) => dir.replace(/^"|"$/g, '').replace(/\/+$/, ''))
        .map((dir) => (dir === '.' || dir === './' ? '.' : dir.replace(/^\.\//, ''))),
    ),
  ].filter(
    (dir) =>
      !dir.startsWith('/') &&
      !dir.split('/').includes('..') &&
      (dir === '.' || (files.isDir(dir) && !files.isLink(dir))) &&
      files.exists(inDir(dir, 'go.mod')),
  );
}

const hasMainPackage = (files: ProjectFiles, dir: string) => mainPackage(files.sub(dir)).entry !== undefined;

/** The modules of a go.work that have a main package: the workspace's apps. */
export function goWorkspaceApps(files: ProjectFiles): string[] | undefined {
  const goWork = files.readText('go.work');
  if (goWork === undefined) return undefined;
  return goWorkModules(files, goWork).filter((dir) => hasMainPackage(files, dir));
}

/** go.work, go.work.sum, and each used module's go.mod and go.sum: the workspace's manifests. */
function workspaceManifests(files: ProjectFiles, modules: string[]): string[] {
  return [
    'go.work',
    'go.work.sum',
    ...modules.flatMap((dir) => [inDir(dir, 'go.mod'), inDir(dir, 'go.sum')]),
  ].filter((file) => files.exists(file));
}

/**
 * A Go module, or a Go workspace (go.work): then the build context is the workspace root,
 * the build runs in workspace mode, and the app is `workspaceApp` (one app of several) or
 * the first used module with a main package.
 */
function detectGo(files: ProjectFiles, _root?: ProjectFiles, workspaceApp?: string): LanguageDetection {
  const goWork = files.readText('go.work');
  const workspace = goWork !== undefined;
  const modules = workspace ? goWorkModules(files, goWork) : [];
  const appModule = workspace
    ? (workspaceApp ?? modules.find((dir) => hasMainPackage(files, dir)) ?? '.')
    : '.';
  const moduleFiles = files.sub(appModule);
  const goMod = moduleFiles.readText('go.mod');
  const { entry: moduleEntry, note } = mainPackage(moduleFiles);
  const entry =
    moduleEntry && appModule !== '.'
      ? {
          value: `./${appModule}${moduleEntry.value === '.' ? '' : moduleEntry.value.slice(1)}`,
          source: `${appModule}/${moduleEntry.source}`,
        }
      : moduleEntry;
  const goDirective = (text: string | undefined) => (text ? /^go\s+(\d+\.\d+)/m.exec(text)?.[1] : undefined);
  const directive = goDirective(goWork) ?? goDirective(goMod);
  const version = directive ? resolveVersion(directive, DEFAULT_VERSIONS.go) : undefined;
  const mainSource = mainSourceOf(entry);
  const portMatch = GO_PORT.exec((mainSource && files.readText(mainSource)) || '');
  const port = portMatch ? Number(portMatch[1] ?? portMatch[2]) : undefined;
  const requires = (workspace ? modules : ['.']).flatMap((dir) =>
    goRequires(files.readText(inDir(dir, 'go.mod')) ?? ''),
  );
  const lockfile = workspace ? 'go.work.sum' : 'go.sum';
  const workspaceNote =
    workspace && modules.length > 0
      ? [`Go workspace (go.work: ${modules.join(', ')}); the build runs at its root, in workspace mode.`]
      : [];
  return {
    language: { value: 'go', source: workspace ? 'go.work' : goMod ? 'go.mod' : '*.go' },
    packageManager:
      workspace || goMod ? { value: 'go-modules', source: workspace ? 'go.work' : 'go.mod' } : undefined,
    lockfile: files.exists(lockfile) ? lockfile : undefined,
    manifests: workspace
      ? workspaceManifests(files, modules)
      : goMod
        ? ['go.mod', ...(files.exists('go.sum') ? ['go.sum'] : [])]
        : [],
    runtimeVersion: version ? { value: version, source: workspace ? 'go.work#go' : 'go.mod#go' } : undefined,
    framework: goMod?.includes('github.com/gin-gonic/gin') ? { value: 'Gin', source: 'go.mod' } : undefined,
    entry,
    ...(workspace && appModule !== '.'
      ? {
          workspaceApp: {
            value: appModule,
            source: workspaceApp ? 'one app of a multi-app workspace' : 'the used module with a main package',
          },
        }
      : {}),
    // A module without a main package is a library: nothing to build into a binary or start.
    ...(entry
      ? {
          buildCommand: {
            value: `go build -trimpath -ldflags="-s -w" -o /out/app ${entry.value}`,
            source: 'default for Go',
          },
          startCommand: { value: '/app', source: 'default: the built binary' },
        }
      : {}),
    port: port
      ? { value: port, source: mainSource ?? 'source' }
      : { value: 8080, source: 'default for Go services' },
    notes: [
      ...workspaceNote,
      ...(note ? [note] : []),
      ...(entry
        ? []
        : [
            `No main package in ${appModule === '.' ? 'the module' : appModule} (main.go, a \`package main\` file or cmd/<name>): it looks like a library, so there is no binary to start.`,
          ]),
    ],
    dependencies: { names: requires, source: workspace ? 'go.work modules' : 'go.mod' },
  };
}

export const goDetector: LanguageDetector = {
  matches: (files) =>
    files.exists('go.mod') || files.exists('go.work') || files.list().some((name) => name.endsWith('.go')),
  detect: (files, root, workspaceApp) => detectGo(files, root, workspaceApp),
};

import { goWorkspaceApps } from './detect-go.js';
import { runnableWorkspacePackages } from './detect-node.js';
import { firstMatch } from './detectors.js';
import { workspaceGlobs, workspacePackages } from './node-workspaces.js';
import { inDir, ProjectFiles } from './project-files.js';

/** At most this many apps become services of one generated stack; the note on the plan says when more were found. */
export const MAX_APPS = 24;

/** One app of a repository and how it was found. */
export interface AppLocation {
  /** Relative to the repository root. */
  dir: string;
  /** True for a package of a Node workspace: it installs from the root lockfile, so the root is its build context. */
  inWorkspace: boolean;
  source: string;
}

/** Folders that hold documentation, examples or tests rather than apps, even when an index.html or manifest is there. */
const NOT_APPS = new Set([
  'node_modules',
  'docs',
  'doc',
  'examples',
  'example',
  'test',
  'tests',
  'fixtures',
  'scripts',
]);

// Security: a symlinked folder may point out of the workspace, so it is never taken as an app.
function childDirs(files: ProjectFiles, dir: string): string[] {
  return files
    .list(dir)
    .filter((name) => !name.startsWith('.') && !NOT_APPS.has(name))
    .map((name) => inDir(dir, name))
    .filter((path) => files.isDir(path) && !files.isLink(path));
}

/**
 * When the root holds no project: each top folder that is one (frontend/, backend/), and in
 * the others each subfolder that is one (apps/*, services/*).
 */
export function findNestedApps(files: ProjectFiles): string[] {
  return childDirs(files, '.').flatMap((dir) =>
    firstMatch(files.sub(dir)) ? [dir] : childDirs(files, dir).filter((sub) => firstMatch(files.sub(sub))),
  );
}

/** The Node workspace packages that are apps, when the root declares workspaces (undefined when it declares none). */
function workspaceApps(files: ProjectFiles): string[] | undefined {
  const globs = workspaceGlobs(files, files.readJson('package.json') ?? {});
  if (globs.length === 0) return undefined;
  // Security: a symlinked package may point out of the repository.
  const packages = workspacePackages(files, globs).filter((dir) => !files.isLink(dir));
  return runnableWorkspacePackages(files, packages);
}

/** Folders that, beside an app at the root, usually hold another app of the same repository. */
const SIDE_APP_DIRS = ['frontend', 'backend', 'server', 'api', 'client', 'web', 'worker'];
const MANIFESTS = [
  'package.json',
  'requirements.txt',
  'pyproject.toml',
  'go.mod',
  'Cargo.toml',
  'Gemfile',
  'composer.json',
  'pom.xml',
  'build.gradle',
];

/**
 * Apps beside a root app: conventional folders and apps/* or services/* with a manifest of
 * their own (a module folder of the root app has none, so it is not taken for an app).
 */
function sideApps(files: ProjectFiles): string[] {
  const candidates = [
    ...SIDE_APP_DIRS,
    ...['apps', 'services'].flatMap((dir) => childDirs(files, dir).filter((sub) => files.isDir(sub))),
  ];
  return candidates.filter(
    (dir) =>
      files.isDir(dir) &&
      !files.isLink(dir) &&
      MANIFESTS.some((name) => files.exists(`${dir}/${name}`)) &&
      firstMatch(files.sub(dir)) !== undefined,
  );
}

/**
 * Every app of a repository with more than one: the projects below a root that is none, the
 * runnable packages of a Node workspace, or a root app and the apps beside it (backend/,
 * services/*). Empty for a single-app repository.
 */
export function findApps(files: ProjectFiles): AppLocation[] {
  if (!firstMatch(files)) {
    const nested = findNestedApps(files);
    return nested.length > 1
      ? nested.map((dir) => ({ dir, inWorkspace: false, source: `${dir}: a project below the root` }))
      : [];
  }
  const goApps = goWorkspaceApps(files);
  if (goApps) {
    return goApps.length > 1
      ? goApps.map((dir) => ({
          dir,
          inWorkspace: true,
          source: `${dir}: a Go workspace module with a main package`,
        }))
      : [];
  }
  const packages = workspaceApps(files);
  if (packages) {
    return packages.length > 1
      ? packages.map((dir) => ({ dir, inWorkspace: true, source: `${dir}: a runnable workspace package` }))
      : [];
  }
  const beside = sideApps(files);
  return beside.length > 0
    ? [
        { dir: '.', inWorkspace: false, source: 'the project at the root' },
        ...beside.map((dir) => ({
          dir,
          inWorkspace: false,
          source: `${dir}: a project beside the root one`,
        })),
      ]
    : [];
}

/** In the order Compose itself picks a default file. */
const COMPOSE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];
const CONTAINER_FILES = ['Dockerfile', ...COMPOSE_FILES];

/**
 * The Compose file a generated one is compared with and written to: the one the folder
 * already has (so that it is never shadowed by a new compose.yaml Compose would prefer), else compose.yaml.
 */
export function composeFileIn(dir: string): string {
  const files = new ProjectFiles(dir);
  return COMPOSE_FILES.find((name) => files.exists(name)) ?? 'compose.yaml';
}

/** The Dockerfile and Compose files already in `dir` (relative to the root), as root-relative paths. */
// Security: a symlinked Dockerfile may point out of the workspace, so it is not read (or reported) as the app's own.
export function containerFilesIn(files: ProjectFiles, dir: string): string[] {
  return CONTAINER_FILES.map((name) => inDir(dir, name)).filter(
    (file) => files.exists(file) && !files.isLink(file),
  );
}

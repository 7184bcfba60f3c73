import { runnableWorkspacePackages } from './detect-node.js';
import { firstMatch } from './detectors.js';
import { workspaceGlobs, workspacePackages } from './node-workspaces.js';
import { ProjectFiles } from './project-files.js';

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
    .map((name) => (dir === '.' ? name : `${dir}/${name}`))
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

/** The Node workspace packages that are apps, when the root declares workspaces. */
function workspaceApps(files: ProjectFiles): string[] {
  const manifest = files.readJson('package.json');
  if (!manifest) return [];
  const packages = workspacePackages(files, workspaceGlobs(files, manifest));
  return runnableWorkspacePackages(
    files,
    packages.filter((dir) => !files.isLink(dir)),
  );
}

/**
 * Every app of a repository with more than one: the projects below a root that is none, or
 * the runnable packages of a Node workspace. Empty for a single-app repository.
 */
export function findApps(files: ProjectFiles): AppLocation[] {
  if (!firstMatch(files)) {
    const nested = findNestedApps(files);
    return nested.length > 1
      ? nested.map((dir) => ({ dir, inWorkspace: false, source: `${dir}: a project below the root` }))
      : [];
  }
  const packages = workspaceApps(files);
  return packages.length > 1
    ? packages.map((dir) => ({ dir, inWorkspace: true, source: `${dir}: a runnable workspace package` }))
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
export function containerFilesIn(files: ProjectFiles, dir: string): string[] {
  return CONTAINER_FILES.filter((name) => files.exists(dir === '.' ? name : `${dir}/${name}`)).map((name) =>
    dir === '.' ? name : `${dir}/${name}`,
  );
}

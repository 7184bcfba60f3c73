import type { ProjectFiles } from './project-files.js';
import type { Fact } from './types.js';

const LOCKFILES: Array<[file: string, manager: string]> = [
  ['package-lock.json', 'npm'],
  ['npm-shrinkwrap.json', 'npm'],
  ['pnpm-lock.yaml', 'pnpm'],
  ['yarn.lock', 'yarn'],
  ['bun.lock', 'bun'],
  ['bun.lockb', 'bun'],
];

export interface NodePackageManager {
  manager: Fact<string>;
  version?: Fact<string>;
  lockfile?: string;
  /** Set when lockfiles of different managers sit side by side and nothing says which wins. */
  conflict?: string;
  note?: string;
}

function isYarnBerry(files: ProjectFiles): boolean {
  return files.exists('.yarnrc.yml') || (files.readText('yarn.lock')?.includes('__metadata:') ?? false);
}

function withYarnFlavour(manager: string, files: ProjectFiles, version?: string): string {
  if (manager !== 'yarn') return manager;
  if (version) return Number.parseInt(version, 10) >= 2 ? 'yarn-berry' : 'yarn';
  return isYarnBerry(files) ? 'yarn-berry' : 'yarn';
}

/** yarn.lock's __metadata version → the Yarn major that writes it. */
const BERRY_LOCKFILE_MAJOR: Record<string, string> = { '4': '2', '5': '3', '6': '3', '7': '4', '8': '4' };

/** Yarn 2+'s release: the one the project ships (.yarnrc.yml yarnPath), else the major its lockfile format names. */
function berryVersion(files: ProjectFiles): Fact<string> | undefined {
  const shipped = /^yarnPath:\s*["']?\S*yarn-(\d+\.\d+\.\d+)\.c?js/m.exec(
    files.readText('.yarnrc.yml') ?? '',
  )?.[1];
  if (shipped) return { value: shipped, source: '.yarnrc.yml#yarnPath' };
  const format = /^__metadata:\s*\n\s+version:\s*(\d+)/m.exec(files.readText('yarn.lock') ?? '')?.[1];
  const major = format ? BERRY_LOCKFILE_MAJOR[format] : undefined;
  return major ? { value: major, source: `yarn.lock#__metadata.version ${format}` } : undefined;
}

/**
 * The package manager: the `packageManager` field (Corepack) wins, then the lockfile.
 * `files` is the app directory; `workspaceRoot` is where a monorepo keeps its lockfile.
 */
export function detectNodePackageManager(
  files: ProjectFiles,
  manifest: Record<string, unknown>,
  workspaceRoot?: ProjectFiles,
): NodePackageManager {
  const lockfiles = LOCKFILES.filter(([file]) => files.exists(file));
  const lockOwner = lockfiles.length === 0 && workspaceRoot ? workspaceRoot : files;
  const found = lockfiles.length > 0 ? lockfiles : LOCKFILES.filter(([file]) => workspaceRoot?.exists(file));
  const managers = [...new Set(found.map(([, manager]) => manager))];
  const field = typeof manifest.packageManager === 'string' ? manifest.packageManager : undefined;
  if (field) {
    const [name, rawVersion] = field.split('@');
    const version = rawVersion?.split('+')[0];
    const lockfile = found.find(([, manager]) => manager === name)?.[0];
    return {
      manager: { value: withYarnFlavour(name, lockOwner, version), source: 'package.json#packageManager' },
      version: version ? { value: version, source: 'package.json#packageManager' } : undefined,
      lockfile,
      note:
        managers.length > 1
          ? `Lockfiles of ${managers.join(', ')} exist; packageManager says ${name}, so the others are stale.`
          : undefined,
    };
  }
  const engines = (manifest.engines ?? {}) as Record<string, string>;
  const engineManager = ['pnpm', 'yarn', 'bun'].find((name) => typeof engines[name] === 'string');
  if (managers.length === 0) {
    if (engineManager) {
      return {
        manager: {
          value: withYarnFlavour(engineManager, files, engines[engineManager]),
          source: `package.json#engines.${engineManager}`,
        },
        version: { value: engines[engineManager].trim(), source: `package.json#engines.${engineManager}` },
      };
    }
    return { manager: { value: 'npm', source: 'default: no lockfile, so npm' } };
  }
  const [lockfile, manager] = found[0];
  const engineVersion = manager === engineManager ? engines[manager].trim() : undefined;
  const flavour = withYarnFlavour(manager, lockOwner);
  return {
    manager: { value: flavour, source: lockfile },
    version: engineVersion
      ? { value: engineVersion, source: `package.json#engines.${manager}` }
      : flavour === 'yarn-berry'
        ? berryVersion(lockOwner)
        : undefined,
    lockfile,
    conflict:
      managers.length > 1
        ? `Lockfiles of several package managers exist (${found.map(([file]) => file).join(', ')}).`
        : undefined,
  };
}

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];

/**
 * Where package-lock.json (format 2 or 3) no longer lists the dependencies package.json names
 * (one added, removed or moved between fields): `npm ci` then fails, and only `npm install` can
 * bring the lockfile up to date. A changed range the locked version still satisfies is no
 * mismatch for npm ci, so specs are not compared.
 */
export function npmLockfileMismatch(
  files: ProjectFiles,
  manifest: Record<string, unknown>,
  lockfile: string,
): Fact<string> | undefined {
  const root = (files.readJson(lockfile)?.packages as Record<string, Record<string, unknown>> | undefined)?.[
    ''
  ];
  if (!root) return undefined;
  const differences: string[] = [];
  for (const field of DEPENDENCY_FIELDS) {
    const wanted = (manifest[field] ?? {}) as Record<string, unknown>;
    const locked = (root[field] ?? {}) as Record<string, unknown>;
    for (const name of new Set([...Object.keys(wanted), ...Object.keys(locked)]))
      if (!(name in wanted) || !(name in locked)) differences.push(name);
  }
  if (differences.length === 0) return undefined;
  const names = differences.slice(0, 5).join(', ') + (differences.length > 5 ? ', …' : '');
  return { value: `package.json and ${lockfile} disagree on ${names}`, source: lockfile };
}

/** How each manager installs exactly what the lockfile says. */
export function frozenInstallCommand(manager: string, hasLockfile: boolean, productionOnly: boolean): string {
  switch (manager) {
    case 'pnpm':
      return `pnpm install ${hasLockfile ? '--frozen-lockfile' : '--no-frozen-lockfile'}${productionOnly ? ' --prod' : ''}`;
    case 'yarn':
      return `yarn install ${hasLockfile ? '--frozen-lockfile' : ''}${productionOnly ? ' --production' : ''}`.replace(
        /\s+/g,
        ' ',
      );
    case 'yarn-berry':
      return productionOnly ? 'yarn workspaces focus --all --production' : 'yarn install --immutable';
    case 'bun':
      return `bun install${hasLockfile ? ' --frozen-lockfile' : ''}${productionOnly ? ' --production' : ''}`;
    default:
      return hasLockfile
        ? `npm ci${productionOnly ? ' --omit=dev' : ''}`
        : `npm install${productionOnly ? ' --omit=dev' : ''}`;
  }
}

/** The folder each manager caches downloads in, for a BuildKit cache mount. */
export function packageManagerCacheDir(manager: string): string {
  switch (manager) {
    case 'pnpm':
      return '/root/.local/share/pnpm/store';
    case 'yarn':
      return '/usr/local/share/.cache/yarn';
    case 'yarn-berry':
      return '/root/.yarn/berry/cache';
    case 'bun':
      return '/root/.bun/install/cache';
    default:
      return '/root/.npm';
  }
}

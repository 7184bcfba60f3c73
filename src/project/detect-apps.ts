import { containerFilesIn, findApps, MAX_APPS } from './apps.js';
import { detectProject } from './detect.js';
import { ProjectFiles } from './project-files.js';
import type { ProjectPlan, ServiceName } from './types.js';

export interface DetectedApp {
  /** The Compose service name: the folder's name, or its path when two folders share a name. */
  name: string;
  /** Relative to the repository root. */
  dir: string;
  /** The build context relative to the root: the app folder, or the root for a workspace package. */
  context: string;
  plan: ProjectPlan;
  /** Dockerfile and Compose files already in the app folder, root-relative. */
  existing: string[];
}

/** Names the generated compose.yaml gives the databases, caches and queues the apps need. */
const BACKING_SERVICES: ServiceName[] = ['postgres', 'mysql', 'redis', 'mongodb', 'rabbitmq'];

function serviceName(dir: string, dirs: string[]): string {
  if (dir === '.') return 'app';
  const base = (path: string) => path.split('/').pop() ?? path;
  const shared = dirs.filter((other) => base(other) === base(dir)).length > 1;
  const name = (shared ? dir.replace(/\//g, '-') : base(dir))
    .toLowerCase()
    .replace(/[^a-z0-9_.-]/g, '-')
    .replace(/^[^a-z0-9]+/, '');
  return (BACKING_SERVICES as string[]).includes(name) ? `${name}-app` : name || 'app';
}

/** A library (a package with nothing to start) is not an app of the stack, unless it has its own Dockerfile. */
function runs(plan: ProjectPlan, existing: string[]): boolean {
  return (
    plan.startCommand !== undefined ||
    plan.appKind.value === 'static-site' ||
    existing.some((file) => file.endsWith('Dockerfile'))
  );
}

/**
 * Every app of a multi-app repository, each detected on its own; empty when the repository
 * holds one app (detectProject covers that).
 */
export function detectApps(root: string): DetectedApp[] {
  const files = new ProjectFiles(root);
  const locations = findApps(files).slice(0, MAX_APPS);
  const detected = locations.flatMap((location) => {
    const plan = location.inWorkspace
      ? detectProject(root, { workspaceApp: location.dir })
      : detectProject(root, { appDir: location.dir });
    const existing = containerFilesIn(files, location.dir);
    return runs(plan, existing) ? [{ location, plan, existing }] : [];
  });
  if (detected.length < 2) return [];
  const dirs = detected.map(({ location }) => location.dir);
  return detected.map(({ location, plan, existing }) => ({
    name: serviceName(location.dir, dirs),
    dir: location.dir,
    context: location.inWorkspace ? '.' : location.dir,
    plan,
    existing,
  }));
}

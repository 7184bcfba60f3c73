import type { ComposeService, ServiceMount } from '../../model.js';
import { type ComposeRule, eachService } from '../rule.js';

function isWithin(target: string, parent: string): boolean {
  const base = parent.replace(/\/+$/, '');
  return target.startsWith(`${base}/`);
}

/**
 * The dependency-folder idiom: `.:/app` plus `- /app/node_modules` keeps the image's installed
 * packages from being hidden by the bind mount. The volume holds nothing worth naming.
 */
function masksBindMount(mount: ServiceMount, service: ComposeService): boolean {
  if (mount.target.split('/').pop() === 'node_modules') return true;
  return service.volumes.some((m) => m.type === 'bind' && isWithin(mount.target, m.target));
}

export const DC011: ComposeRule = {
  code: 'DC011',
  severity: 'warning',
  title: 'Data in an anonymous volume',
  rationale:
    "An anonymous volume gets a random name: it is not reused when the container is recreated by another project name, `down -v` deletes it, and nobody can tell what it holds. A `node_modules` folder, or any folder under a bind mount (`.:/app` with `/app/node_modules`), is not reported: that volume only keeps the image's files from being hidden.",
  fix: 'Name the volume (`db-data:/var/lib/postgresql/data`) and declare it under top-level `volumes:`.',
  check: (input) =>
    eachService(input, (service, name, at) =>
      service.volumes.flatMap((mount, index) =>
        mount.type === 'volume' && !mount.source && !masksBindMount(mount, service)
          ? [
              {
                path: `${at}.volumes[${index}]`,
                message: `service "${name}" keeps ${mount.target} in an anonymous volume`,
              },
            ]
          : [],
      ),
    ),
};

import type { ComposeModel } from './model.js';

/** Service keys `docker stack deploy` does not apply, and what to do instead. */
export const SWARM_IGNORED_KEYS: Record<string, string> = {
  build: 'Swarm runs images only: build and push the image first, then deploy',
  container_name: 'Swarm names tasks itself (service.slot.id)',
  depends_on:
    'Swarm starts services in any order and ignores conditions: make services retry their dependencies',
  restart: 'Swarm uses deploy.restart_policy',
  links: 'use the stack network and service names',
  external_links: 'use an external network',
  network_mode: 'Swarm services join overlay networks',
  security_opt: 'not supported for services',
  userns_mode: 'not supported for services',
  cgroup_parent: 'not supported for services',
  devices: 'not supported for services',
  privileged: 'Swarm services cannot run privileged',
};

export interface IgnoredKey {
  service: string;
  key: string;
  reason: string;
}

/** The keys of each service that Swarm will not apply. */
export function swarmIgnoredKeys(model: ComposeModel): IgnoredKey[] {
  const ignored: IgnoredKey[] = [];
  for (const [service, spec] of Object.entries(model.services)) {
    for (const [key, reason] of Object.entries(SWARM_IGNORED_KEYS)) {
      const value = spec[key];
      const present =
        key === 'depends_on'
          ? Object.keys(spec.depends_on).length > 0
          : value !== undefined && value !== false;
      if (present) ignored.push({ service, key, reason });
    }
  }
  return ignored;
}

/** The options the docker CLI itself says it ignored ("Ignoring unsupported options: build, restart"). */
export function cliIgnoredOptions(output: string): string[] {
  return [...output.matchAll(/Ignoring (?:unsupported|deprecated) options: (.+)/g)].flatMap((m) =>
    m[1]
      .split(',')
      .map((option) => option.trim())
      .filter(Boolean),
  );
}

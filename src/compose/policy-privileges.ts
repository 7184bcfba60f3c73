import { asList, type PolicyInput, type PolicyViolation, violation } from './policy-rules.js';

const HOST_FLAG = '--allow-host-namespaces';
const NAMESPACES = {
  network_mode: 'network',
  pid: 'PID',
  ipc: 'IPC',
  uts: 'UTS',
  userns_mode: 'user',
  cgroup: 'cgroup',
} as const;
const HARMLESS_SECURITY_OPT = /^no-new-privileges([:=]true)?$/;

/** `host`, or another container's namespace (`container:NAME`), both outside the project. */
function namespaceReason(key: keyof typeof NAMESPACES, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (value === 'host') return `${key}: host shares the host's ${NAMESPACES[key]} namespace`;
  if (value.startsWith('container:'))
    return `${key}: ${value} joins a container this project did not create (it may share the host's namespaces)`;
  return undefined;
}

/** The source of a `volumes_from` entry, without its `:ro` / `:rw` mode. */
function volumesFromSource(entry: string): string {
  return entry.replace(/:(ro|rw)$/, '');
}

/**
 * Security: the service keys that widen what a container may do on the host: privileged
 * mode, capabilities, devices, weakened confinement (security_opt), host or foreign
 * namespaces (including a network named `host`), and volumes of containers this project
 * did not create.
 */
export function privilegeViolations({ project, allow }: PolicyInput): PolicyViolation[] {
  const found: PolicyViolation[] = [];
  const services = Object.keys((project.raw.services as Record<string, unknown>) ?? {});
  const hostNetworks = Object.entries(project.model.networks)
    .filter(([, spec]) => spec?.name === 'host' || spec?.driver === 'host')
    .map(([name]) => name);
  for (const [name, service] of Object.entries(project.model.services)) {
    const at = `services.${name}`;
    if (service.privileged === true && !allow.privileged)
      found.push(
        violation(
          `${at}.privileged`,
          'privileged mode gives the container the whole host',
          '--allow-privileged',
        ),
      );
    if (service.use_api_socket === true && !allow.dockerSocket)
      found.push(
        violation(
          `${at}.use_api_socket`,
          'use_api_socket hands the container the Docker API socket',
          '--allow-docker-socket',
        ),
      );
    if (service.provider !== undefined && !allow.privileged)
      found.push(
        violation(
          `${at}.provider`,
          'a provider service makes Compose run a program on the host',
          '--allow-privileged',
        ),
      );
    for (const hook of ['post_start', 'pre_stop'])
      asList(service[hook]).forEach((entry, index) => {
        if ((entry as { privileged?: unknown })?.privileged === true && !allow.privileged)
          found.push(
            violation(
              `${at}.${hook}[${index}].privileged`,
              `a privileged ${hook} hook`,
              '--allow-privileged',
            ),
          );
      });
    if (asList(service.cap_add).length && !allow.capabilities)
      found.push(
        violation(
          `${at}.cap_add`,
          `adding capabilities (${asList(service.cap_add).join(', ')})`,
          '--allow-capabilities',
        ),
      );
    const reserved = (service.deploy?.resources?.reservations as { devices?: unknown } | undefined)?.devices;
    if (asList(reserved).length && !allow.devices)
      found.push(
        violation(
          `${at}.deploy.resources.reservations.devices`,
          'reserving host devices (GPUs)',
          '--allow-devices',
        ),
      );
    for (const key of ['devices', 'device_cgroup_rules', 'gpus'])
      if (asList(service[key]).length && !allow.devices)
        found.push(violation(`${at}.${key}`, `${key} gives the container host devices`, '--allow-devices'));
    asList(service.security_opt).forEach((option, index) => {
      if (!HARMLESS_SECURITY_OPT.test(String(option)) && !allow.privileged)
        found.push(
          violation(
            `${at}.security_opt[${index}]`,
            `security_opt "${option}" weakens the container's confinement`,
            '--allow-privileged',
          ),
        );
    });
    for (const key of Object.keys(NAMESPACES) as (keyof typeof NAMESPACES)[]) {
      const reason = namespaceReason(key, service[key]);
      if (reason && !allow.hostNamespaces) found.push(violation(`${at}.${key}`, reason, HOST_FLAG));
    }
    for (const network of Object.keys(service.networks ?? {}))
      if (hostNetworks.includes(network) && !allow.hostNamespaces)
        found.push(violation(`${at}.networks`, `network "${network}" is the host network`, HOST_FLAG));
    asList(service.volumes_from).forEach((entry, index) => {
      const source = volumesFromSource(String(entry));
      const own = source.startsWith('service:') ? source.slice('service:'.length) : source;
      if (!services.includes(own) && !allow.bindOutsideWorkspace)
        found.push(
          violation(
            `${at}.volumes_from[${index}]`,
            `volumes_from "${entry}" takes the volumes of a container this project did not create, whose mounts were never checked`,
            '--allow-bind-outside-workspace',
          ),
        );
    });
    const build = service.build;
    if (build?.network === 'host' && !allow.hostNamespaces)
      found.push(violation(`${at}.build.network`, 'the build runs in the host network namespace', HOST_FLAG));
    if ((build?.privileged === true || asList(build?.entitlements).length) && !allow.privileged)
      found.push(
        violation(`${at}.build`, 'the build asks for privileged entitlements', '--allow-privileged'),
      );
  }
  return found;
}

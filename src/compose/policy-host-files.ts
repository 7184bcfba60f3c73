import path from 'node:path';
import { ToolError } from '../errors.js';
import type { AllowFlags } from '../security/allow-flags.js';
import { checkHostMount, checkHostRead, type Refusal } from '../security/mount-policy.js';
import type { Workspace } from '../workspace.js';
import { isRemoteContext, resolveHostPath } from './host-paths.js';
import { asList, type PolicyInput, type PolicyViolation, violation } from './policy-rules.js';

type Raw = Record<string, unknown>;

/**
 * Security: every place a compose project makes the engine or the CLI touch a host file:
 * bind mounts (short and long syntax, `~` and relative paths resolved as Compose does),
 * volumes backed by a host folder or block device (driver_opts), secret and config files,
 * build contexts, additional contexts, Dockerfiles and SSH keys, env and label files.
 */
export function hostFileViolations(input: PolicyInput, workspace: Workspace): PolicyViolation[] {
  const { project, allow } = input;
  const found: PolicyViolation[] = [];
  const resolve = (value: string) => resolveHostPath(value, project.workingDir, project.home);
  const add = (at: string, what: string, refusal: Refusal | undefined) => {
    if (refusal) found.push({ ...refusal, path: at, reason: `${what}: ${refusal.reason}` });
  };
  const hostPath = (at: string, value: string): string | undefined => {
    try {
      return resolve(value);
    } catch (error) {
      if (!(error instanceof ToolError)) throw error;
      found.push({
        code: 'REFUSED',
        path: at,
        reason: error.message,
        flag: 'no flag: write the path differently',
      });
    }
  };
  const mount = (at: string, what: string, value: string) => {
    const absolute = hostPath(at, value);
    const checked = absolute && checkHostMount(absolute, allow, workspace);
    add(at, what, checked && 'reason' in checked ? checked : undefined);
  };
  const read = (at: string, what: string, value: string) => {
    const absolute = hostPath(at, value);
    if (absolute) add(at, what, checkHostRead(absolute, allow, workspace));
  };

  for (const [name, service] of Object.entries(project.model.services)) {
    const at = `services.${name}`;
    service.volumes.forEach((volume, index) => {
      if (volume.type === 'bind' && volume.source)
        mount(`${at}.volumes[${index}]`, 'bind mount', volume.source);
    });
    const build = service.build;
    if (build && !isRemoteContext(build.context)) {
      read(`${at}.build`, 'build context', build.context);
      const dockerfile = build.dockerfile;
      if (typeof dockerfile === 'string') {
        const file = path.isAbsolute(dockerfile) ? dockerfile : path.join(build.context, dockerfile);
        read(`${at}.build.dockerfile`, 'Dockerfile', file);
      }
    }
    for (const [context, value] of Object.entries((build?.additional_contexts as Raw) ?? {}))
      if (typeof value === 'string' && !isRemoteContext(value))
        read(`${at}.build.additional_contexts.${context}`, 'additional build context', value);
    for (const key of sshKeyPaths(build?.ssh)) read(`${at}.build.ssh`, 'SSH key', key);
    for (const key of ['env_file', 'label_file'])
      asList(service[key]).forEach((entry, index) => {
        const file = typeof entry === 'string' ? entry : (entry as Raw)?.path;
        if (typeof file === 'string') read(`${at}.${key}[${index}]`, key, file);
      });
  }
  for (const section of ['secrets', 'configs'] as const)
    for (const [name, spec] of Object.entries(project.model[section]))
      if (typeof spec.file === 'string')
        mount(`${section}.${name}.file`, `${section.slice(0, -1)} file`, spec.file);
  for (const [name, spec] of Object.entries(project.model.volumes))
    found.push(...volumeViolations(name, spec, input, mount));
  return found;
}

function sshKeyPaths(ssh: unknown): string[] {
  const entries = Array.isArray(ssh)
    ? ssh.map((entry) => String(entry).split('=').slice(1).join('='))
    : Object.values((ssh as Raw) ?? {}).map(String);
  return entries.filter((entry) => entry && entry !== 'default');
}

/** A local volume with `o: bind` is a bind mount of `device`; any other absolute device is a block device. */
function volumeViolations(
  name: string,
  spec: Raw,
  { allow }: { allow: AllowFlags },
  mount: (at: string, what: string, value: string) => void,
): PolicyViolation[] {
  const options = (spec?.driver_opts as Raw) ?? {};
  const device = options.device;
  const local = spec.driver === undefined || spec.driver === 'local';
  if (!local || typeof device !== 'string') return [];
  const at = `volumes.${name}.driver_opts`;
  const bind = String(options.o ?? '')
    .split(',')
    .some((option) => option.trim() === 'bind' || option.trim() === 'rbind');
  if (bind) {
    mount(`${at}.device`, `volume "${name}" binds a host folder`, device);
    return [];
  }
  if (device.startsWith('/') && !allow.devices)
    return [violation(`${at}.device`, `volume "${name}" mounts host device ${device}`, '--allow-devices')];
  return [];
}

import type { DockerEngine } from '../engine/types.js';
import { ToolError } from '../errors.js';
import type { AllowFlags } from '../security/allow-flags.js';
import { checkHostMount } from '../security/mount-policy.js';
import type { Workspace } from '../workspace.js';
import type { ComposeProject } from './model.js';
import { type PolicyViolation, violation } from './policy-rules.js';

/** The engine's name for a top-level volume: its `name`, else `<project>_<key>` (external: the key). */
function engineVolumeName(key: string, spec: Record<string, unknown>, prefix: string): string {
  if (typeof spec?.name === 'string') return spec.name;
  return spec?.external ? key : `${prefix}_${key}`;
}

/**
 * Security: Compose uses a named volume that already exists as it is, whatever its
 * driver_opts say now, so a volume someone made earlier as a bind of a host folder (or a
 * block device) is checked as the engine reports it. `prefix` is the project or stack name.
 */
export async function existingVolumeViolations(
  project: Pick<ComposeProject, 'model'>,
  prefix: string,
  engine: DockerEngine,
  allow: AllowFlags,
  workspace: Workspace,
): Promise<PolicyViolation[]> {
  const found: PolicyViolation[] = [];
  for (const [key, spec] of Object.entries(project.model.volumes)) {
    const name = engineVolumeName(key, spec, prefix);
    const existing = await engine.inspectVolume(name).catch((error: unknown) => {
      if (error instanceof ToolError && error.code === 'NOT_FOUND') return undefined;
      throw error;
    });
    const options = existing?.driver === 'local' ? (existing.options ?? {}) : {};
    const device = options.device;
    if (!device) continue;
    const at = `volumes.${key}`;
    const bind = (options.o ?? '').split(',').some((option) => option === 'bind' || option === 'rbind');
    if (bind) {
      const checked = checkHostMount(device, allow, workspace);
      if ('reason' in checked)
        found.push({
          ...checked,
          path: at,
          reason: `existing volume "${name}" binds a host folder: ${checked.reason}`,
        });
    } else if (device.startsWith('/') && !allow.devices) {
      found.push(violation(at, `existing volume "${name}" mounts host device ${device}`, '--allow-devices'));
    }
  }
  return found;
}

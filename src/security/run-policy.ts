import path from 'node:path';
import type { ContainerSpec } from '../engine/types.js';
import { ToolError } from '../errors.js';
import type { Workspace } from '../workspace.js';
import type { AllowFlags } from './allow-flags.js';
import { checkHostMount } from './mount-policy.js';

function refuse(what: string, flag: string): never {
  throw new ToolError(
    'REFUSED',
    `Refused: ${what}.`,
    `This is off by default for safety. If the user really wants it, restart dockwright with ${flag}.`,
  );
}

/**
 * Security: the one gate every container the server starts passes through. Privileged
 * mode, host namespaces, added capabilities, the Docker socket and bind mounts outside
 * the workspace each need their own start-up flag. Bind sources are resolved (symlinks
 * included) before the check and the resolved path is what gets mounted; the engine socket
 * (or a folder holding it) stays refused under --allow-bind-outside-workspace.
 */
export function enforceRunPolicy(
  spec: ContainerSpec,
  allow: AllowFlags,
  workspace: Workspace,
): ContainerSpec {
  if (spec.privileged && !allow.privileged)
    refuse('privileged mode gives the container the whole host', '--allow-privileged');
  if (spec.networkMode === 'host' && !allow.hostNamespaces) {
    refuse('host networking shares the host network stack', '--allow-host-namespaces');
  }
  if (spec.pidMode === 'host' && !allow.hostNamespaces)
    refuse('the host PID namespace', '--allow-host-namespaces');
  if (spec.capAdd?.length && !allow.capabilities) {
    refuse(`adding capabilities (${spec.capAdd.join(', ')})`, '--allow-capabilities');
  }
  const mounts = (spec.mounts ?? []).map((mount) => {
    if (mount.type !== 'bind') return mount;
    const source = mount.source ?? '';
    const checked = checkHostMount(path.resolve(workspace.primary, source), allow, workspace);
    if ('reason' in checked) {
      throw new ToolError(
        checked.code,
        `Refused: bind mount ${checked.reason}.`,
        `Mount a folder inside the workspace, or restart dockwright with ${checked.flag} if the user really wants it.`,
      );
    }
    return { ...mount, source: checked.real };
  });
  return { ...spec, mounts };
}

import path from 'node:path';
import { ToolError } from '../errors.js';
import type { AllowFlags } from '../security/allow-flags.js';
import { enforceRunPolicy } from '../security/run-policy.js';
import type { Workspace } from '../workspace.js';
import type { ComposeModel } from './model.js';

/**
 * Security: a compose file is a list of containers to start, so each service passes the
 * same gate as container_run (privileged, host namespaces, capabilities, Docker socket,
 * bind mounts outside the workspace) before the CLI sees the file.
 */
export function enforceComposePolicy(
  model: ComposeModel,
  workingDir: string,
  allow: AllowFlags,
  workspace: Workspace,
): void {
  for (const [name, service] of Object.entries(model.services)) {
    try {
      for (const key of ['ipc', 'uts', 'userns_mode'] as const) {
        if (service[key] === 'host' && !allow.hostNamespaces) {
          throw new ToolError(
            'REFUSED',
            `Refused: the host ${key} namespace.`,
            'Restart dockwright with --allow-host-namespaces if the user really wants it.',
          );
        }
      }
      enforceRunPolicy(
        {
          image: service.image ?? name,
          privileged: service.privileged === true,
          networkMode: service.network_mode,
          pidMode: typeof service.pid === 'string' ? service.pid : undefined,
          capAdd: Array.isArray(service.cap_add) ? (service.cap_add as string[]) : undefined,
          mounts: service.volumes
            .filter((mount) => mount.type === 'bind')
            .map((mount) => ({
              type: 'bind' as const,
              source: path.resolve(workingDir, mount.source ?? ''),
              target: mount.target,
            })),
        },
        allow,
        workspace,
      );
    } catch (error) {
      if (error instanceof ToolError)
        throw new ToolError(error.code, `Service "${name}": ${error.message}`, error.hint);
      throw error;
    }
  }
}

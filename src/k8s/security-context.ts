import type { ComposeService } from '../compose/model.js';

export interface UserFacts {
  securityContext: Record<string, unknown>;
  /** Why the user could not be set, for the notes. */
  problem?: string;
}

/**
 * The container's securityContext: no privilege escalation, every capability dropped but
 * the ones Compose adds, the image's numeric user with runAsNonRoot, a read-only root
 * filesystem when the service already runs with one.
 */
export function securityContextOf(spec: ComposeService, image: { user?: string } | undefined): UserFacts {
  const declared =
    typeof spec.user === 'string' || typeof spec.user === 'number' ? String(spec.user) : undefined;
  const user = declared ?? image?.user;
  if (spec.privileged === true) return { securityContext: { privileged: true } };
  const add = Array.isArray(spec.cap_add)
    ? (spec.cap_add as string[]).map((cap) => cap.replace(/^CAP_/, '')).filter((cap) => cap !== 'ALL')
    : [];
  const securityContext: Record<string, unknown> = {
    allowPrivilegeEscalation: false,
    capabilities: add.length ? { drop: ['ALL'], add } : { drop: ['ALL'] },
    readOnlyRootFilesystem: spec.read_only === true,
    seccompProfile: { type: 'RuntimeDefault' },
  };
  const [uid, gid] = (user ?? '').split(':');
  if (!declared && !image)
    return {
      securityContext,
      problem:
        "the image's user is unknown (not built here, not inspected): set user: in Compose or a numeric USER in the image",
    };
  if (!user || uid === '0' || uid === 'root')
    return {
      securityContext,
      problem: 'the image runs as root: set a numeric non-root USER in its Dockerfile',
    };
  if (!/^\d+$/.test(uid))
    return {
      securityContext,
      problem: `USER ${user} is a name, which Kubernetes cannot check for root: use its number (e.g. USER 1000)`,
    };
  securityContext.runAsNonRoot = true;
  securityContext.runAsUser = Number(uid);
  if (gid && /^\d+$/.test(gid)) securityContext.runAsGroup = Number(gid);
  return { securityContext };
}

import { isSecretEntry } from './environment.js';
import type { K8sFinding, K8sSeverity, Manifest } from './model.js';

type Container = Record<string, unknown> & { name?: string; image?: string };
type PodSpec = Record<string, unknown> & { containers?: Container[]; volumes?: Record<string, unknown>[] };

const WORKLOADS = new Set(['Deployment', 'DaemonSet', 'StatefulSet', 'ReplicaSet', 'Job']);
const RISKY_CAPABILITIES = new Set([
  'SYS_ADMIN',
  'NET_ADMIN',
  'SYS_PTRACE',
  'SYS_MODULE',
  'DAC_READ_SEARCH',
  'ALL',
]);

function podSpecOf(manifest: Manifest): { spec: PodSpec; at: string } | undefined {
  if (manifest.kind === 'Pod') return { spec: manifest.spec as PodSpec, at: 'spec' };
  if (WORKLOADS.has(manifest.kind)) {
    const template = (manifest.spec as { template?: { spec?: PodSpec } } | undefined)?.template;
    if (template?.spec) return { spec: template.spec, at: 'spec.template.spec' };
  }
  if (manifest.kind === 'CronJob') {
    const job = (manifest.spec as { jobTemplate?: { spec?: { template?: { spec?: PodSpec } } } }).jobTemplate;
    if (job?.spec?.template?.spec)
      return { spec: job.spec.template.spec, at: 'spec.jobTemplate.spec.template.spec' };
  }
  return undefined;
}

function hasPinnedTag(image: string): boolean {
  if (image.includes('@sha256:')) return true;
  const name = image.slice(image.lastIndexOf('/') + 1);
  return name.includes(':') && !name.endsWith(':latest');
}

/** The usual risks of workload manifests: floating tags, no probes, privilege, host access, no limits. */
export function lintManifests(manifests: Manifest[]): K8sFinding[] {
  const findings: K8sFinding[] = [];
  for (const manifest of manifests) {
    const add = (code: string, severity: K8sSeverity, path: string, message: string) =>
      findings.push({ code, severity, kind: manifest.kind, name: manifest.metadata.name, path, message });
    if (manifest.kind === 'ConfigMap')
      for (const [key, value] of Object.entries((manifest.data as Record<string, string>) ?? {}))
        if (isSecretEntry(key, value))
          add(
            'K8S009',
            'error',
            `data.${key}`,
            `${key} looks like a secret: keep it in a Secret, not a ConfigMap.`,
          );
    const pod = podSpecOf(manifest);
    if (!pod) continue;
    for (const key of ['hostNetwork', 'hostPID', 'hostIPC'])
      if (pod.spec[key] === true)
        add('K8S007', 'error', `${pod.at}.${key}`, `${key} shares the node's namespace with the pod.`);
    (pod.spec.volumes ?? []).forEach((volume, index) => {
      if (volume.hostPath)
        add('K8S004', 'error', `${pod.at}.volumes[${index}]`, "A hostPath volume reaches the node's files.");
    });
    (pod.spec.containers ?? []).forEach((container, index) => {
      const at = `${pod.at}.containers[${index}]`;
      const security = (container.securityContext ?? {}) as Record<string, unknown>;
      if (!container.image || !hasPinnedTag(container.image))
        add(
          'K8S001',
          'warning',
          `${at}.image`,
          `Image "${container.image ?? ''}" has no fixed tag: pin a version or digest.`,
        );
      if (!container.readinessProbe && !container.livenessProbe)
        add(
          'K8S002',
          'warning',
          at,
          'No readiness or liveness probe: traffic reaches it before it is ready, and a hang is never restarted.',
        );
      if (security.privileged === true)
        add(
          'K8S003',
          'error',
          `${at}.securityContext.privileged`,
          'A privileged container is root on the node.',
        );
      if (security.runAsNonRoot !== true)
        add(
          'K8S005',
          'warning',
          `${at}.securityContext`,
          'runAsNonRoot is not set: the container may run as root.',
        );
      if (security.allowPrivilegeEscalation !== false && security.privileged !== true)
        add('K8S008', 'warning', `${at}.securityContext`, 'allowPrivilegeEscalation is not false.');
      const added = ((security.capabilities as { add?: string[] } | undefined)?.add ?? []).filter((c) =>
        RISKY_CAPABILITIES.has(c),
      );
      if (added.length)
        add(
          'K8S008',
          'warning',
          `${at}.securityContext.capabilities.add`,
          `Adds ${added.join(', ')}, which reach beyond the container.`,
        );
      if (!(container.resources as { limits?: { memory?: string } } | undefined)?.limits?.memory)
        add('K8S006', 'warning', `${at}.resources`, 'No memory limit: one pod can starve its node.');
      for (const entry of (container.env ?? []) as { name: string; value?: string }[])
        if (entry.value !== undefined && isSecretEntry(entry.name, entry.value))
          add(
            'K8S009',
            'error',
            `${at}.env.${entry.name}`,
            `${entry.name} holds a secret value: reference a Secret instead.`,
          );
    });
  }
  return findings;
}

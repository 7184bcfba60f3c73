import type { ComposeModel, ComposeService } from '../compose/model.js';
import { commandWords } from './command-line.js';
import { workloadShape } from './deploy-keys.js';
import { splitEnvironment } from './environment.js';
import type { ImageFacts } from './image-facts.js';
import type { Manifest, NotTranslated, SecretToCreate } from './model.js';
import { dnsLabel, selectorLabels } from './names.js';
import { probesFrom } from './probes.js';
import { cpuQuantity, durationSeconds, memoryQuantity } from './quantities.js';
import { securityContextOf } from './security-context.js';
import { podStorage, volumeClaims } from './storage.js';

export interface Translation {
  manifests: Manifest[];
  notTranslated: NotTranslated[];
  secretsToCreate: SecretToCreate[];
  /** Facts the translation assumed or could not know (image names, users). */
  notes: string[];
}

/** Keys the translation reads; any other key a service sets is reported as not translated. */
const TRANSLATED = new Set([
  'image',
  'build',
  'command',
  'entrypoint',
  'environment',
  'labels',
  'ports',
  'expose',
  'volumes',
  'healthcheck',
  'deploy',
  'restart',
  'profiles',
  'privileged',
  'user',
  'working_dir',
  'read_only',
  'cap_add',
  'cap_drop',
  'secrets',
  'configs',
  'mem_limit',
  'mem_reservation',
  'cpus',
  'stop_grace_period',
  'tty',
  'stdin_open',
  'hostname',
  'pull_policy',
  'networks',
  'depends_on',
  'network_mode',
  'pid',
  'ipc',
]);

const WHY_NOT: Record<string, string> = {
  container_name: 'pod names come from the Deployment',
  env_file: 'create a ConfigMap or Secret from the file (kubectl create configmap --from-env-file)',
  devices: 'host devices need a device plugin',
  security_opt: 'use the securityContext (seccompProfile, appArmorProfile, seLinuxOptions)',
  init: 'add an init process (tini) to the image',
  extra_hosts: 'use hostAliases with fixed IPs, or a Service',
  links: 'pods reach each other by Service name',
  ulimits: 'set limits in the image or the node',
  logging: 'the cluster collects container output',
  stop_signal: 'handle SIGTERM in the app or set STOPSIGNAL in the image',
  platform: 'select nodes with kubernetes.io/arch',
};

const PULL_POLICY: Record<string, string> = {
  always: 'Always',
  never: 'Never',
  missing: 'IfNotPresent',
  if_not_present: 'IfNotPresent',
  build: 'IfNotPresent',
};

function resourcesOf(spec: ComposeService): Record<string, Record<string, string>> | undefined {
  const limits = spec.deploy?.resources?.limits ?? {};
  const reservations = spec.deploy?.resources?.reservations ?? {};
  const pick = (cpu: unknown, memory: unknown) => {
    const out: Record<string, string> = {};
    const cpuValue = typeof cpu === 'string' || typeof cpu === 'number' ? cpuQuantity(cpu) : undefined;
    const memoryValue =
      typeof memory === 'string' || typeof memory === 'number' ? memoryQuantity(memory) : undefined;
    if (cpuValue) out.cpu = cpuValue;
    if (memoryValue) out.memory = memoryValue;
    return Object.keys(out).length ? out : undefined;
  };
  const limit = pick(limits.cpus ?? spec.cpus, limits.memory ?? spec.mem_limit);
  const request = pick(reservations.cpus, reservations.memory ?? spec.mem_reservation);
  if (!limit && !request) return undefined;
  return { ...(limit ? { limits: limit } : {}), ...(request ? { requests: request } : {}) };
}

function containerPorts(spec: ComposeService) {
  const seen = new Map<string, { containerPort: number; protocol: string; published?: number }>();
  for (const port of spec.ports) {
    const protocol = (port.protocol ?? 'tcp').toUpperCase();
    const published = port.published && /^\d+$/.test(port.published) ? Number(port.published) : undefined;
    seen.set(`${port.target}/${protocol}`, { containerPort: port.target, protocol, published });
  }
  for (const exposed of Array.isArray(spec.expose) ? spec.expose : []) {
    const [number, protocol = 'tcp'] = String(exposed).split('/');
    if (/^\d+$/.test(number) && !seen.has(`${number}/${protocol.toUpperCase()}`))
      seen.set(`${number}/${protocol.toUpperCase()}`, {
        containerPort: Number(number),
        protocol: protocol.toUpperCase(),
      });
  }
  return [...seen.values()];
}

function namespacesOf(
  service: string,
  spec: ComposeService,
  notes: NotTranslated[],
): Record<string, boolean> {
  const pod: Record<string, boolean> = {};
  if (spec.network_mode === 'host') pod.hostNetwork = true;
  else if (spec.network_mode && spec.network_mode !== 'bridge')
    notes.push({
      service,
      key: 'network_mode',
      reason: `${spec.network_mode}: containers of one pod share a network`,
    });
  if (spec.pid === 'host') pod.hostPID = true;
  if (spec.ipc === 'host') pod.hostIPC = true;
  return pod;
}

/**
 * Kubernetes manifests for a Compose model: per service a Deployment (a DaemonSet for
 * Swarm's global mode), a Service for its ports, a ConfigMap of its settings and references
 * to a Secret for its secrets; a PersistentVolumeClaim per named volume. Never a secret value.
 */
export function composeToKubernetes(
  model: ComposeModel,
  imageFacts: Record<string, ImageFacts | undefined> = {},
): Translation {
  const notTranslated: NotTranslated[] = [];
  const secretsToCreate: SecretToCreate[] = [];
  const notes: string[] = [];
  const partOf = {
    'app.kubernetes.io/part-of': dnsLabel(model.name),
    'app.kubernetes.io/managed-by': 'dockwright',
  };
  const manifests: Manifest[] = [...volumeClaims(model, partOf)];
  for (const [service, spec] of Object.entries(model.services)) {
    const name = dnsLabel(service);
    if (name !== service)
      notes.push(`Service "${service}" is named "${name}" (Kubernetes names are DNS labels).`);
    const labels = { ...selectorLabels(model.name, service), 'app.kubernetes.io/managed-by': 'dockwright' };
    for (const key of Object.keys(spec)) {
      if (TRANSLATED.has(key) || spec[key] === undefined) continue;
      notTranslated.push({ service, key, reason: WHY_NOT[key] ?? 'no Kubernetes counterpart' });
    }
    if (Object.keys(spec.depends_on).length)
      notTranslated.push({
        service,
        key: 'depends_on',
        reason:
          'Kubernetes starts pods in any order: the app must retry its dependencies; readiness probes gate traffic',
      });
    if (spec.restart === 'no' || spec.restart?.startsWith('on-failure'))
      notTranslated.push({
        service,
        key: 'restart',
        reason: `${spec.restart}: a Deployment always restarts; use a Job`,
      });
    const facts = imageFacts[service];
    const image = spec.image ?? `${model.name}-${service}`;
    if (!spec.image)
      notes.push(`${service}: built by Compose; push the image and set it (assumed "${image}").`);
    const env = splitEnvironment(service, name, spec.environment, notTranslated);
    if (env.secret) secretsToCreate.push(env.secret);
    if (Object.keys(env.config).length)
      manifests.push({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: `${name}-env`, labels },
        data: env.config,
      });
    const storage = podStorage(service, spec, model, notTranslated, secretsToCreate);
    const user = securityContextOf(spec, facts);
    if (user.problem) notes.push(`${service}: ${user.problem}.`);
    const ports = containerPorts(spec);
    const resources = resourcesOf(spec);
    const command = commandWords(spec.entrypoint);
    const args = commandWords(spec.command);
    const container: Record<string, unknown> = {
      name,
      image,
      ...(command ? { command } : {}),
      ...(args ? { args } : {}),
      ...(typeof spec.working_dir === 'string' ? { workingDir: spec.working_dir } : {}),
      ...(ports.length
        ? { ports: ports.map(({ containerPort, protocol }) => ({ containerPort, protocol })) }
        : {}),
      ...(Object.keys(env.config).length ? { envFrom: [{ configMapRef: { name: `${name}-env` } }] } : {}),
      ...(env.secretRefs.length ? { env: env.secretRefs } : {}),
      ...(storage.mounts.length ? { volumeMounts: storage.mounts } : {}),
      ...probesFrom(spec.healthcheck ?? facts?.healthcheck),
      ...(resources ? { resources } : {}),
      securityContext: user.securityContext,
      ...(typeof spec.pull_policy === 'string' && PULL_POLICY[spec.pull_policy]
        ? { imagePullPolicy: PULL_POLICY[spec.pull_policy] }
        : {}),
      ...(spec.tty === true ? { tty: true } : {}),
      ...(spec.stdin_open === true ? { stdin: true } : {}),
    };
    const shape = workloadShape(service, spec.deploy, notTranslated);
    const grace = durationSeconds(
      typeof spec.stop_grace_period === 'string' ? spec.stop_grace_period : undefined,
    );
    const podSpec = {
      ...namespacesOf(service, spec, notTranslated),
      ...(typeof spec.hostname === 'string' ? { hostname: dnsLabel(spec.hostname) } : {}),
      ...(shape.nodeSelector ? { nodeSelector: shape.nodeSelector } : {}),
      ...(grace ? { terminationGracePeriodSeconds: grace } : {}),
      securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
      containers: [container],
      ...(storage.volumes.length ? { volumes: storage.volumes } : {}),
    };
    const podLabels = Object.keys(spec.labels).length ? { annotations: spec.labels } : {};
    manifests.push({
      apiVersion: 'apps/v1',
      kind: shape.kind,
      metadata: { name, labels, ...(shape.annotations ? { annotations: shape.annotations } : {}) },
      spec: {
        ...(shape.replicas !== undefined ? { replicas: shape.replicas } : {}),
        ...(shape.strategy
          ? { [shape.kind === 'Deployment' ? 'strategy' : 'updateStrategy']: shape.strategy }
          : {}),
        selector: { matchLabels: selectorLabels(model.name, service) },
        template: { metadata: { labels, ...podLabels }, spec: podSpec },
      },
    });
    if (ports.length)
      manifests.push({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name, labels },
        spec: {
          selector: selectorLabels(model.name, service),
          ports: ports.map((p) => ({
            name: `${p.protocol.toLowerCase()}-${p.containerPort}`,
            port: p.published ?? p.containerPort,
            targetPort: p.containerPort,
            protocol: p.protocol,
          })),
        },
      });
  }
  return { manifests, notTranslated, secretsToCreate, notes };
}

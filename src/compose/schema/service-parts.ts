import { parseShortPort } from '../ports.js';
import { parseShortVolume } from '../volume-syntax.js';
import {
  any,
  bool,
  byType,
  byteSize,
  duration,
  enumOf,
  int,
  list,
  listOrDict,
  mapOf,
  num,
  obj,
  pattern,
  refine,
  str,
  strOrNum,
} from './dsl.js';

const command = () =>
  byType('a string or a list of strings', { string: str(), array: list(str()), null: any() });
const stringOrList = () => byType('a string or a list of strings', { string: str(), array: list(str()) });

export const shortPort = refine(strOrNum(), (value, path, issues) => {
  const parsed = parseShortPort(String(value));
  if ('error' in parsed) issues.push({ path, message: parsed.error });
});

export const longPort = obj(
  {
    name: str(),
    mode: enumOf('host', 'ingress'),
    host_ip: str(),
    target: byType('a port number', { number: int(), string: pattern(/^\d+$/, 'a port number') }),
    published: byType('a port or a range', {
      number: int(),
      string: pattern(/^\d+(-\d+)?$/, 'a port or a range'),
    }),
    protocol: enumOf('tcp', 'udp', 'sctp'),
    app_protocol: str(),
  },
  { required: ['target'] },
);

export const ports = list(
  byType('a port string, a port number or a mapping', {
    string: shortPort,
    number: shortPort,
    object: longPort,
  }),
);

const shortVolume = refine(str(), (value, path, issues) => {
  const parsed = parseShortVolume(value as string);
  if ('error' in parsed) issues.push({ path, message: parsed.error });
});

const longVolume = obj(
  {
    type: enumOf('volume', 'bind', 'tmpfs', 'npipe', 'cluster', 'image'),
    source: str(),
    target: str(),
    read_only: bool(),
    consistency: str(),
    bind: obj({ propagation: str(), create_host_path: bool(), selinux: enumOf('z', 'Z'), recursive: str() }),
    volume: obj({ nocopy: bool(), subpath: str(), labels: listOrDict() }),
    tmpfs: obj({ size: byteSize(), mode: num() }),
    image: obj({ subpath: str() }),
  },
  { required: ['type'] },
);

export const serviceVolumes = list(
  byType('a volume string or a mapping', { string: shortVolume, object: longVolume }),
);

export const healthcheck = obj({
  disable: bool(),
  interval: duration(),
  retries: num(),
  test: byType('a string or a list like ["CMD", "curl", "-f", "http://localhost"]', {
    string: str(),
    array: refine(list(str()), (value, path, issues) => {
      const first = (value as string[])[0];
      if (!['CMD', 'CMD-SHELL', 'NONE'].includes(first)) {
        issues.push({
          path,
          message: `must start with "CMD", "CMD-SHELL" or "NONE", not ${JSON.stringify(first)}`,
        });
      }
    }),
  }),
  timeout: duration(),
  start_period: duration(),
  start_interval: duration(),
});

export const dependsOn = byType('a list of service names or a mapping of service to condition', {
  array: list(str(), { unique: true }),
  object: mapOf(
    obj(
      {
        condition: enumOf('service_started', 'service_healthy', 'service_completed_successfully'),
        restart: bool(),
        required: bool(),
      },
      { required: ['condition'] },
    ),
  ),
});

export const build = byType('a context path or a build mapping', {
  string: str(),
  object: obj({
    context: str(),
    dockerfile: str(),
    dockerfile_inline: str(),
    args: listOrDict(),
    ssh: listOrDict(),
    labels: listOrDict(),
    cache_from: list(str()),
    cache_to: list(str()),
    no_cache: bool(),
    additional_contexts: listOrDict(),
    network: str(),
    pull: bool(),
    target: str(),
    shm_size: byteSize(),
    extra_hosts: listOrDict(),
    isolation: str(),
    privileged: bool(),
    secrets: list(
      byType('a secret name or mapping', {
        string: str(),
        object: obj({ source: str(), target: str(), uid: str(), gid: str(), mode: num() }),
      }),
    ),
    tags: list(str()),
    ulimits: mapOf(
      byType('a number or soft/hard', { number: int(), object: obj({ soft: int(), hard: int() }) }),
    ),
    platforms: list(str()),
    entitlements: list(str()),
  }),
});

const resources = obj({
  cpus: strOrNum(),
  memory: byteSize(),
  pids: int(),
  devices: list(
    obj({
      capabilities: list(str()),
      count: byType('a number or "all"', { number: int(), string: enumOf('all') }),
      device_ids: list(str()),
      driver: str(),
      options: listOrDict(),
    }),
  ),
  generic_resources: list(any()),
});

const placementPreference = obj({ spread: str() });

export const deploy = obj({
  mode: enumOf('global', 'replicated', 'replicated-job', 'global-job'),
  endpoint_mode: enumOf('vip', 'dnsrr'),
  replicas: int(),
  labels: listOrDict(),
  rollback_config: obj({
    parallelism: int(),
    delay: duration(),
    failure_action: enumOf('continue', 'pause'),
    monitor: duration(),
    max_failure_ratio: num(),
    order: enumOf('start-first', 'stop-first'),
  }),
  update_config: obj({
    parallelism: int(),
    delay: duration(),
    failure_action: enumOf('continue', 'rollback', 'pause'),
    monitor: duration(),
    max_failure_ratio: num(),
    order: enumOf('start-first', 'stop-first'),
  }),
  resources: obj({ limits: resources, reservations: resources }),
  restart_policy: obj({
    condition: enumOf('none', 'on-failure', 'any'),
    delay: duration(),
    max_attempts: int(),
    window: duration(),
  }),
  placement: obj({
    constraints: list(str()),
    preferences: list(placementPreference),
    max_replicas_per_node: int(),
  }),
});

export const logging = obj({
  driver: str(),
  options: mapOf(byType('a string or number', { string: str(), number: num(), null: any() })),
});

export const serviceNetworks = byType('a list of network names or a mapping', {
  array: list(str(), { unique: true }),
  object: mapOf(
    byType('network options or null', {
      null: any(),
      object: obj({
        aliases: list(str()),
        ipv4_address: str(),
        ipv6_address: str(),
        link_local_ips: list(str()),
        mac_address: str(),
        driver_opts: mapOf(strOrNum()),
        priority: num(),
        gw_priority: num(),
        interface_name: str(),
      }),
    }),
  ),
});

const fileReference = obj(
  { source: str(), target: str(), uid: str(), gid: str(), mode: num() },
  { required: ['source'] },
);
export const fileReferences = list(byType('a name or a mapping', { string: str(), object: fileReference }));

export const ulimits = mapOf(
  byType('a number or soft/hard', {
    number: int(),
    object: obj({ soft: int(), hard: int() }, { required: ['soft', 'hard'] }),
  }),
);

export const extendsSchema = byType('a service name or a mapping', {
  string: str(),
  object: obj({ service: str(), file: str() }, { required: ['service'] }),
});

export { command, stringOrList };

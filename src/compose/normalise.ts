import type { ComposeModel, ComposeService, DependencyCondition } from './model.js';
import { type PortMapping, parseShortPort } from './ports.js';
import { parseShortVolume, type ServiceMount } from './volume-syntax.js';

type Raw = Record<string, unknown>;

/** `KEY=value` list or mapping → mapping; a bare `KEY` becomes null (taken from the environment). */
export function toDict(value: unknown): Record<string, string | null> {
  if (!value) return {};
  if (Array.isArray(value)) {
    const out: Record<string, string | null> = {};
    for (const entry of value as string[]) {
      const eq = entry.indexOf('=');
      if (eq < 0) out[entry] = null;
      else out[entry.slice(0, eq)] = entry.slice(eq + 1);
    }
    return out;
  }
  const out: Record<string, string | null> = {};
  for (const [key, item] of Object.entries(value as Raw))
    out[key] = item === null || item === undefined ? null : String(item);
  return out;
}

function normalisePorts(value: unknown): PortMapping[] {
  const out: PortMapping[] = [];
  for (const entry of (value as unknown[]) ?? []) {
    if (typeof entry === 'object' && entry) {
      const long = entry as Raw;
      out.push({
        ...(long as object),
        target: Number(long.target),
        ...(long.published !== undefined ? { published: String(long.published) } : {}),
        protocol: (long.protocol as string) ?? 'tcp',
        mode: (long.mode as string) ?? 'ingress',
      } as PortMapping);
      continue;
    }
    const parsed = parseShortPort(String(entry));
    if ('mappings' in parsed) out.push(...parsed.mappings);
  }
  return out;
}

function normaliseVolumes(value: unknown): ServiceMount[] {
  const out: ServiceMount[] = [];
  for (const entry of (value as unknown[]) ?? []) {
    if (typeof entry === 'object' && entry) out.push(entry as ServiceMount);
    else {
      const parsed = parseShortVolume(String(entry));
      if ('mount' in parsed) out.push(parsed.mount);
    }
  }
  return out;
}

function normaliseDependsOn(value: unknown): ComposeService['depends_on'] {
  const out: ComposeService['depends_on'] = {};
  if (Array.isArray(value)) {
    for (const name of value as string[])
      out[name] = { condition: 'service_started', required: true, restart: false };
  } else if (value && typeof value === 'object') {
    for (const [name, spec] of Object.entries(value as Record<string, Raw>)) {
      out[name] = {
        condition: (spec?.condition as DependencyCondition) ?? 'service_started',
        required: spec?.required !== false,
        restart: spec?.restart === true,
      };
    }
  }
  return out;
}

function normaliseHealthcheck(value: unknown): ComposeService['healthcheck'] {
  if (!value || typeof value !== 'object') return undefined;
  const health = { ...(value as Raw) };
  if (typeof health.test === 'string') health.test = ['CMD-SHELL', health.test];
  return health as ComposeService['healthcheck'];
}

function normaliseReferences(value: unknown): { source: string; target?: string }[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.map((entry) =>
    typeof entry === 'string' ? { source: entry } : (entry as { source: string }),
  );
}

export function normaliseService(raw: Raw): ComposeService {
  const service: ComposeService = {
    ...raw,
    environment: toDict(raw.environment),
    labels: toDict(raw.labels) as Record<string, string>,
    ports: normalisePorts(raw.ports),
    volumes: normaliseVolumes(raw.volumes),
    depends_on: normaliseDependsOn(raw.depends_on),
  };
  if (typeof raw.build === 'string') service.build = { context: raw.build };
  else if (raw.build && typeof raw.build === 'object')
    service.build = { context: '.', ...(raw.build as Raw) };
  if (service.build?.args) service.build.args = toDict(service.build.args);
  if (raw.healthcheck) service.healthcheck = normaliseHealthcheck(raw.healthcheck);
  if (Array.isArray(raw.networks))
    service.networks = Object.fromEntries((raw.networks as string[]).map((n) => [n, null]));
  else if (!raw.networks && !raw.network_mode) service.networks = { default: null };
  if (raw.secrets) service.secrets = normaliseReferences(raw.secrets);
  if (raw.configs) service.configs = normaliseReferences(raw.configs);
  if (raw.deploy && typeof raw.deploy === 'object') {
    const deploy = raw.deploy as Raw;
    service.deploy = {
      ...deploy,
      ...(deploy.labels ? { labels: toDict(deploy.labels) as Record<string, string> } : {}),
    };
  }
  return service;
}

function resources(value: unknown): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [name, spec] of Object.entries((value as Raw) ?? {})) out[name] = { ...((spec as Raw) ?? {}) };
  return out;
}

/** The normalised model of merged, interpolated and validated data. */
export function normaliseModel(raw: Raw, name: string): ComposeModel {
  const services: Record<string, ComposeService> = {};
  for (const [serviceName, spec] of Object.entries((raw.services as Record<string, Raw>) ?? {})) {
    services[serviceName] = normaliseService(spec ?? {});
  }
  const usesDefault = Object.values(services).some((s) => s.networks && 'default' in s.networks);
  const networks = resources(raw.networks);
  if (usesDefault && !networks.default) networks.default = {};
  return {
    name,
    services,
    networks,
    volumes: resources(raw.volumes),
    configs: resources(raw.configs),
    secrets: resources(raw.secrets),
    ...(raw.version !== undefined ? { version: String(raw.version) } : {}),
  };
}

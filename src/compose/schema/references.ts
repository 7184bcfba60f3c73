import { parseShortVolume } from '../volume-syntax.js';
import { childPath } from '../yaml-source.js';
import type { SchemaIssue } from './dsl.js';

type Raw = Record<string, unknown>;

function names(value: unknown): string[] {
  if (Array.isArray(value))
    return value.map((entry) => (typeof entry === 'string' ? entry : String((entry as Raw).source)));
  return value && typeof value === 'object' ? Object.keys(value) : [];
}

function dependencyCycle(services: Record<string, Raw>): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (name: string): string[] | undefined => {
    if (state.get(name) === 'done') return undefined;
    if (state.get(name) === 'visiting') return [...stack.slice(stack.indexOf(name)), name];
    state.set(name, 'visiting');
    stack.push(name);
    for (const next of names(services[name]?.depends_on)) {
      if (services[next]) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(name, 'done');
    return undefined;
  };
  for (const name of Object.keys(services)) {
    const cycle = visit(name);
    if (cycle) return cycle;
  }
  return undefined;
}

/** Checks that every name a service uses (services, networks, volumes, secrets, configs) is declared. */
export function checkReferences(raw: Raw, disabled: string[] = []): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const services = (raw.services as Record<string, Raw>) ?? {};
  const declared = (key: string) => new Set(Object.keys((raw[key] as Raw) ?? {}));
  const networks = declared('networks');
  const volumes = declared('volumes');
  const secrets = declared('secrets');
  const configs = declared('configs');
  for (const [name, service] of Object.entries(services)) {
    const at = childPath('services', name);
    if (!service || typeof service !== 'object') continue;
    if (!service.image && !service.build && !service.provider) {
      issues.push({ path: at, message: 'has neither "image" nor "build": add one of them' });
    }
    const dependsOn = service.depends_on;
    for (const dependency of names(dependsOn)) {
      const where = childPath(childPath(at, 'depends_on'), dependency);
      const required =
        !Array.isArray(dependsOn) && (dependsOn as Record<string, Raw>)[dependency]?.required === false;
      if (disabled.includes(dependency) && !required) {
        issues.push({
          path: where,
          message: `depends on "${dependency}", which is off because none of its profiles is active`,
        });
      } else if (!services[dependency] && !disabled.includes(dependency)) {
        issues.push({
          path: where,
          message: `depends on "${dependency}", which is not a service in this file`,
        });
      }
    }
    for (const network of names(service.networks)) {
      if (network !== 'default' && !networks.has(network)) {
        issues.push({
          path: childPath(childPath(at, 'networks'), network),
          message: `uses network "${network}", which is not declared under top-level "networks"`,
        });
      }
    }
    if (service.networks && typeof service.network_mode === 'string') {
      issues.push({ path: childPath(at, 'network_mode'), message: 'cannot be combined with "networks"' });
    }
    const mode =
      typeof service.network_mode === 'string'
        ? /^(service|container):(.+)$/.exec(service.network_mode)
        : null;
    if (mode?.[1] === 'service' && !services[mode[2]]) {
      issues.push({
        path: childPath(at, 'network_mode'),
        message: `refers to service "${mode[2]}", which does not exist`,
      });
    }
    ((service.volumes as unknown[]) ?? []).forEach((entry, index) => {
      const mount =
        typeof entry === 'string' ? (parseShortVolume(entry) as { mount?: Raw }).mount : (entry as Raw);
      if (mount?.type === 'volume' && typeof mount.source === 'string' && !volumes.has(mount.source)) {
        issues.push({
          path: childPath(childPath(at, 'volumes'), index),
          message: `uses volume "${mount.source}", which is not declared under top-level "volumes"`,
        });
      }
    });
    for (const [key, declaredSet] of [
      ['secrets', secrets],
      ['configs', configs],
    ] as const) {
      names(service[key]).forEach((ref, index) => {
        if (!declaredSet.has(ref)) {
          issues.push({
            path: childPath(childPath(at, key), index),
            message: `uses ${key.slice(0, -1)} "${ref}", which is not declared under top-level "${key}"`,
          });
        }
      });
    }
  }
  const cycle = dependencyCycle(services);
  if (cycle)
    issues.push({
      path: childPath('services', cycle[0]),
      message: `depends_on forms a cycle: ${cycle.join(' -> ')}`,
    });
  for (const [name, secret] of Object.entries((raw.secrets as Record<string, Raw>) ?? {})) {
    const sources = ['file', 'environment', 'external', 'content'].filter(
      (key) => secret?.[key] !== undefined && secret?.[key] !== false,
    );
    if (sources.length !== 1) {
      issues.push({
        path: childPath('secrets', name),
        message: 'needs exactly one of "file", "environment" or "external: true"',
      });
    }
  }
  return issues;
}

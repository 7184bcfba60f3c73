import { toDict } from './normalise.js';
import { parseShortVolume } from './volume-syntax.js';

type Raw = Record<string, unknown>;

const REPLACED = new Set(['command', 'entrypoint']);
const DICT_LIKE = new Set(['environment', 'labels', 'annotations', 'sysctls', 'extra_hosts']);
const SINGLE_OR_LIST = new Set(['dns', 'dns_search', 'tmpfs', 'env_file', 'label_file']);

function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function appendUnique(base: unknown[], extra: unknown[]): unknown[] {
  const seen = new Set(base.map((item) => JSON.stringify(item)));
  return [...base, ...extra.filter((item) => !seen.has(JSON.stringify(item)))];
}

/** Merges lists whose entries are identified by a key (mounts by target, secrets by source). */
function mergeByKey(base: unknown[], extra: unknown[], keyOf: (item: unknown) => string): unknown[] {
  const merged = new Map<string, unknown>();
  for (const item of [...base, ...extra]) merged.set(keyOf(item), item);
  return [...merged.values()];
}

function mountTarget(item: unknown): string {
  if (typeof item === 'string') {
    const parsed = parseShortVolume(item);
    return 'mount' in parsed ? parsed.mount.target : item;
  }
  return String((item as Raw).target ?? JSON.stringify(item));
}

function referenceKey(item: unknown): string {
  return typeof item === 'string' ? item : String((item as Raw).target ?? (item as Raw).source);
}

function dependsOnAsMap(value: unknown): Raw {
  if (Array.isArray(value))
    return Object.fromEntries(value.map((name) => [name, { condition: 'service_started' }]));
  return isObject(value) ? value : {};
}

/** Merges two values of the same service key, following the Compose Specification's merge rules. */
function mergeServiceKey(key: string, base: unknown, extra: unknown): unknown {
  if (base === undefined) return extra;
  if (REPLACED.has(key) || extra === null) return extra;
  if (DICT_LIKE.has(key)) return { ...toDict(base), ...toDict(extra) };
  if (SINGLE_OR_LIST.has(key)) return appendUnique(asList(base), asList(extra));
  if (key === 'volumes' || key === 'devices') return mergeByKey(asList(base), asList(extra), mountTarget);
  if (key === 'secrets' || key === 'configs') return mergeByKey(asList(base), asList(extra), referenceKey);
  if (key === 'depends_on') return deepMerge(dependsOnAsMap(base), dependsOnAsMap(extra));
  if (key === 'networks' && (Array.isArray(base) || Array.isArray(extra))) {
    const asMap = (v: unknown) =>
      Array.isArray(v) ? Object.fromEntries(v.map((n) => [n, null])) : (v as Raw);
    return deepMerge(asMap(base), asMap(extra));
  }
  if (key === 'build' && (typeof base === 'string' || typeof extra === 'string')) {
    const asObject = (v: unknown) => (typeof v === 'string' ? { context: v } : (v as Raw));
    return deepMerge(asObject(base), asObject(extra));
  }
  if (key === 'healthcheck' && isObject(base) && isObject(extra)) return { ...base, ...extra };
  if (Array.isArray(base) && Array.isArray(extra)) return appendUnique(base, extra);
  if (isObject(base) && isObject(extra)) return deepMerge(base, extra);
  return extra;
}

export function mergeService(base: Raw, extra: Raw): Raw {
  const out: Raw = { ...base };
  for (const [key, value] of Object.entries(extra)) out[key] = mergeServiceKey(key, base[key], value);
  return out;
}

export function deepMerge(base: Raw, extra: Raw): Raw {
  const out: Raw = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    out[key] = isObject(out[key]) && isObject(value) ? deepMerge(out[key] as Raw, value) : value;
  }
  return out;
}

/** Merges an override file into the files before it: services key by key, other sections deeply. */
export function mergeFiles(base: Raw, extra: Raw): Raw {
  const out: Raw = deepMerge(base, { ...extra, services: undefined });
  // A `services` that is not a mapping is kept as written, so that the schema reports it.
  if (extra.services !== undefined && extra.services !== null && !isObject(extra.services))
    return { ...out, services: extra.services };
  const services: Raw = { ...((base.services as Raw) ?? {}) };
  for (const [name, spec] of Object.entries((extra.services as Raw) ?? {})) {
    services[name] =
      isObject(services[name]) && isObject(spec) ? mergeService(services[name] as Raw, spec) : spec;
  }
  if (base.services !== undefined || extra.services !== undefined) out.services = services;
  else delete out.services;
  return out;
}

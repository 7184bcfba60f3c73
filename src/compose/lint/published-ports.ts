import type { PortMapping } from '../model.js';
import { parseShortPort } from '../ports.js';
import type { LintInput } from './rule.js';

/** Default ports of databases, caches and search engines that should not face the network. */
export const DATA_PORTS: Record<number, string> = {
  5432: 'PostgreSQL',
  3306: 'MySQL/MariaDB',
  27017: 'MongoDB',
  6379: 'Redis',
  11211: 'Memcached',
  9200: 'Elasticsearch',
  5984: 'CouchDB',
  1433: 'SQL Server',
  1521: 'Oracle',
  9042: 'Cassandra',
  26257: 'CockroachDB',
  8086: 'InfluxDB',
  7474: 'Neo4j',
};

/** Default ports of remote debuggers: whoever reaches one runs code in the container. */
export const DEBUG_PORTS: Record<number, string> = {
  9229: 'the Node.js inspector',
  9230: 'the Node.js inspector',
  5005: 'Java debug (JDWP)',
  5678: 'Python debugpy',
  2345: 'Go delve',
};

const ALL_INTERFACES = new Set([undefined, '', '0.0.0.0', '::', '[::]']);

/**
 * A published port without a host IP (or with 0.0.0.0 / ::) listens on every interface of
 * the host; a port with no published number still gets a random one on every interface.
 */
export function onAllInterfaces(port: PortMapping): boolean {
  return ALL_INTERFACES.has(port.host_ip);
}

function mappingsWritten(entry: unknown): number {
  if (typeof entry === 'object' && entry !== null) return 1;
  const parsed = parseShortPort(String(entry));
  return 'mappings' in parsed ? parsed.mappings.length : 0;
}

/**
 * The published ports of a service, each with the path of the `ports:` entry that wrote it:
 * a range such as "8000-8002:8000-8002" is one entry but three ports in the model.
 */
export function portsWithPaths(
  input: LintInput,
  name: string,
  at: string,
): { port: PortMapping; path: string }[] {
  const written = (input.raw.services as Record<string, { ports?: unknown }> | undefined)?.[name]?.ports;
  const ports = input.model.services[name]?.ports ?? [];
  const out: { port: PortMapping; path: string }[] = [];
  let next = 0;
  for (const [index, entry] of (Array.isArray(written) ? written : []).entries()) {
    for (let k = mappingsWritten(entry); k > 0 && next < ports.length; k--)
      out.push({ port: ports[next++], path: `${at}.ports[${index}]` });
  }
  return out;
}

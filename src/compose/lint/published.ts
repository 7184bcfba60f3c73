import type { PortMapping } from '../model.js';
import { parseShortPort } from '../ports.js';
import type { LintInput } from './rule.js';

/** Host addresses Compose binds to when a port names none, or names them all: the port faces the network. */
const ALL_INTERFACES = new Set([undefined, '', '0.0.0.0', '::', '[::]']);

export function isOnAllInterfaces(port: PortMapping): boolean {
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

/** A published port in the long syntax, the form the normalised model uses. */
export interface PortMapping {
  target: number;
  published?: string;
  host_ip?: string;
  protocol?: string;
  mode?: string;
  name?: string;
  app_protocol?: string;
}

const RANGE = /^\d+(-\d+)?$/;
const IPV4 = /^(\d{1,3})(\.\d{1,3}){3}$/;

/** Splits `IP:HOST:CONTAINER/proto` into parts; IPv6 host addresses are written in brackets. */
function splitShortPort(
  text: string,
): { hostIp?: string; published?: string; target: string; protocol?: string } | undefined {
  let rest = text.trim();
  let protocol: string | undefined;
  const slash = rest.lastIndexOf('/');
  if (slash >= 0) {
    protocol = rest.slice(slash + 1);
    rest = rest.slice(0, slash);
  }
  let hostIp: string | undefined;
  const bracketed = /^\[([0-9a-fA-F:.]+)\]:(.*)$/.exec(rest);
  if (bracketed) {
    hostIp = bracketed[1];
    rest = bracketed[2];
  }
  const parts = rest.split(':');
  if (parts.length === 3 && !hostIp) hostIp = parts.shift();
  if (parts.length > 2) return undefined;
  const target = parts.pop() as string;
  const published = parts.pop();
  return { hostIp, published: published === '' ? undefined : published, target, protocol };
}

function rangeValid(range: string): boolean {
  const [low, high = low] = range.split('-').map(Number);
  return low >= 0 && high <= 65535 && low <= high;
}

/**
 * Parses `[HOST_IP:][HOST_PORT[-RANGE]:]CONTAINER_PORT[-RANGE][/PROTOCOL]`.
 * Returns one mapping per container port of a range, or a reason when the text is not a port.
 */
export function parseShortPort(text: string): { mappings: PortMapping[] } | { error: string } {
  const parts = splitShortPort(text);
  if (
    !parts ||
    !RANGE.test(parts.target) ||
    (parts.published !== undefined && !RANGE.test(parts.published))
  ) {
    return { error: `"${text}" is not a port: write CONTAINER, HOST:CONTAINER or IP:HOST:CONTAINER` };
  }
  const { hostIp, published, target, protocol } = parts;
  if (protocol !== undefined && !['tcp', 'udp', 'sctp'].includes(protocol)) {
    return { error: `"${protocol}" in "${text}" is not a protocol: use tcp, udp or sctp` };
  }
  if (hostIp !== undefined && hostIp !== '' && !IPV4.test(hostIp) && !hostIp.includes(':')) {
    return { error: `"${hostIp}" in "${text}" is not an IP address` };
  }
  if (!rangeValid(target) || (published && !rangeValid(published))) {
    return { error: `"${text}" has a port outside 0-65535 or a backwards range` };
  }
  const [low, high = low] = target.split('-').map(Number);
  const publishedParts = published ? published.split('-').map(Number) : [];
  if (publishedParts.length === 2 && publishedParts[1] - publishedParts[0] !== high - low && high !== low) {
    return { error: `"${text}" maps host and container ranges of different sizes` };
  }
  const mappings: PortMapping[] = [];
  for (let port = low; port <= high; port++) {
    const offset = port - low;
    let publishedPort: string | undefined;
    if (published) publishedPort = high === low ? published : String(publishedParts[0] + offset);
    mappings.push({
      target: port,
      ...(publishedPort ? { published: publishedPort } : {}),
      ...(hostIp ? { host_ip: hostIp } : {}),
      protocol: protocol ?? 'tcp',
      mode: 'ingress',
    });
  }
  return { mappings };
}

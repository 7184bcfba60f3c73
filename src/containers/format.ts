import type { PortBinding } from '../engine/types.js';

export const shortId = (id: string): string => id.replace(/^sha256:/, '').slice(0, 12);

/** `127.0.0.1:8080->80/tcp`, or `80/tcp` when not published, as `docker ps` prints them. */
export function formatPort(port: PortBinding): string {
  const inner = `${port.containerPort}/${port.protocol}`;
  if (!port.hostPort) return inner;
  const host =
    port.hostIp && port.hostIp !== '0.0.0.0' && port.hostIp !== '::' ? `${port.hostIp}:` : '0.0.0.0:';
  return `${host}${port.hostPort}->${inner}`;
}

/** Ports once each (the engine lists IPv4 and IPv6 bindings separately). */
export function formatPorts(ports: PortBinding[]): string[] {
  return [...new Set(ports.map(formatPort))];
}

/** Labels every container, image, network and volume dockwright creates carries. */
export const CREATED_BY_LABEL = 'dockwright.created-by';
export function ownLabels(extra: Record<string, string> = {}): Record<string, string> {
  return { [CREATED_BY_LABEL]: 'dockwright', ...extra };
}

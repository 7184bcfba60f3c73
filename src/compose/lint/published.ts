import type { PortMapping } from '../model.js';

/** Host addresses Compose binds to when a port names none, or names them all: the port faces the network. */
const ALL_INTERFACES = new Set([undefined, '', '0.0.0.0', '::', '[::]']);

export function isOnAllInterfaces(port: PortMapping): boolean {
  return ALL_INTERFACES.has(port.host_ip);
}

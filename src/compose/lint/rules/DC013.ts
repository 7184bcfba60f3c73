import { DATA_PORTS, DEBUG_PORTS, onAllInterfaces, portsWithPaths } from '../published-ports.js';
import { type ComposeRule, eachService } from '../rule.js';

export const DC013: ComposeRule = {
  code: 'DC013',
  severity: 'info',
  title: 'Port published on all interfaces',
  rationale:
    "A published port without a host IP listens on every interface of the host (Docker's iptables rules bypass the host firewall), so anyone on the network reaches the service, not only this machine.",
  fix: 'Publish on loopback (`"127.0.0.1:8080:8080"`) unless the service is meant to be reached from other machines.',
  check: (input) =>
    eachService(input, (_service, name, at) =>
      portsWithPaths(input, name, at).flatMap(({ port, path }) =>
        onAllInterfaces(port) && !DATA_PORTS[port.target] && !DEBUG_PORTS[port.target]
          ? [
              {
                path,
                message: `service "${name}" publishes port ${port.target}${port.published ? ` as ${port.published}` : ''} on all interfaces`,
              },
            ]
          : [],
      ),
    ),
};

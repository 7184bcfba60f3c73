import { DATA_PORTS, onAllInterfaces, portsWithPaths } from '../published-ports.js';
import { type ComposeRule, eachService } from '../rule.js';

export const DC009: ComposeRule = {
  code: 'DC009',
  severity: 'warning',
  title: 'Database port published on all interfaces',
  rationale:
    "A published port without a host IP listens on every interface of the host, and Docker's iptables rules bypass the host firewall: the database is on the network.",
  fix: 'Publish on loopback (`"127.0.0.1:5432:5432"`), or do not publish at all and let services talk over the compose network.',
  check: (input) =>
    eachService(input, (_service, name, at) =>
      portsWithPaths(input, name, at).flatMap(({ port, path }) =>
        DATA_PORTS[port.target] && onAllInterfaces(port)
          ? [
              {
                path,
                message: `service "${name}" publishes ${DATA_PORTS[port.target]} port ${port.target} on all interfaces`,
              },
            ]
          : [],
      ),
    ),
};

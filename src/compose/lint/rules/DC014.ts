import { DEBUG_PORTS, onAllInterfaces, portsWithPaths } from '../published-ports.js';
import { type ComposeRule, eachService } from '../rule.js';

export const DC014: ComposeRule = {
  code: 'DC014',
  severity: 'error',
  title: 'Debugger port published on all interfaces',
  rationale:
    "A remote debugger (Node.js inspector 9229, JDWP 5005, debugpy 5678, delve 2345) evaluates whatever its client sends: anyone who reaches the port runs code inside the container. Published without a host IP, the port listens on every interface of the host and Docker's iptables rules bypass the host firewall.",
  fix: 'Publish the debugger on loopback only (`"127.0.0.1:9229:9229"`), or drop the port outside of local debugging sessions.',
  check: (input) =>
    eachService(input, (_service, name, at) =>
      portsWithPaths(input, name, at).flatMap(({ port, path }) =>
        DEBUG_PORTS[port.target] && onAllInterfaces(port)
          ? [
              {
                path,
                message: `service "${name}" publishes ${DEBUG_PORTS[port.target]} (port ${port.target}) on all interfaces`,
              },
            ]
          : [],
      ),
    ),
};

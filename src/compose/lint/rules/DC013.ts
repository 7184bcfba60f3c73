import { isOnAllInterfaces, portsWithPaths } from '../published.js';
import { type ComposeRule, eachService } from '../rule.js';

/** Default ports of remote debuggers: whoever reaches one runs code in the process. */
const DEBUGGER_PORTS: Record<number, string> = {
  9229: 'Node.js inspector',
  5005: 'Java debugger (JDWP)',
  5678: 'Python debugger (debugpy)',
  2345: 'Go debugger (Delve)',
};

export const DC013: ComposeRule = {
  code: 'DC013',
  severity: 'error',
  title: 'Debugger port published on all interfaces',
  rationale:
    "A remote debugger evaluates whatever its client sends: anyone who reaches the port runs code inside the container. Published without a host IP, the port listens on every interface of the host and Docker's iptables rules bypass the host firewall.",
  fix: 'Publish the debugger on loopback only (`"127.0.0.1:9229:9229"`), or drop the port outside of local debugging sessions.',
  check: (input) =>
    eachService(input, (_service, name, at) =>
      portsWithPaths(input, name, at).flatMap(({ port, path }) =>
        DEBUGGER_PORTS[port.target] && isOnAllInterfaces(port)
          ? [
              {
                path,
                message: `service "${name}" publishes the ${DEBUGGER_PORTS[port.target]} port ${port.target} on all interfaces`,
              },
            ]
          : [],
      ),
    ),
};

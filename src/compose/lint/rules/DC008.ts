import { type ComposeRule, eachService, type RuleHit } from '../rule.js';

const HOST_KEYS = ['network_mode', 'pid', 'ipc', 'uts', 'userns_mode'] as const;

export const DC008: ComposeRule = {
  code: 'DC008',
  severity: 'warning',
  title: 'Host namespace (host networking)',
  rationale:
    "With `network_mode: host` (or pid/ipc/uts host) the container shares the host's namespace: every port it opens is open on the host, and isolation is gone.",
  fix: 'Use the default bridge network and publish the ports you need, on 127.0.0.1 when only the host should reach them.',
  check: (input) =>
    eachService(input, (service, name, at) =>
      HOST_KEYS.filter((key) => service[key] === 'host').map(
        (key): RuleHit => ({
          path: `${at}.${key}`,
          message: `service "${name}" uses the host's ${key === 'network_mode' ? 'network' : key} namespace`,
        }),
      ),
    ),
};

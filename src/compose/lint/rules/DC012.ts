import { type ComposeRule, eachService } from '../rule.js';

export const DC012: ComposeRule = {
  code: 'DC012',
  severity: 'info',
  title: 'Fixed container_name',
  rationale:
    'A fixed container name cannot be scaled beyond one replica, clashes when the same file runs under two project names, and Swarm ignores it.',
  fix: 'Remove `container_name`; reach the service by its service name on the compose network.',
  check: (input) =>
    eachService(input, (service, name, at) =>
      service.container_name
        ? {
            path: `${at}.container_name`,
            message: `service "${name}" sets container_name "${service.container_name}"`,
          }
        : undefined,
    ),
};

import { type ComposeRule, eachService } from '../rule.js';

export const DC006: ComposeRule = {
  code: 'DC006',
  severity: 'error',
  title: 'Privileged container',
  rationale:
    'A privileged container has every capability and every device of the host: escaping it is trivial.',
  fix: 'Remove `privileged: true`; add only the capabilities (`cap_add`) or devices the service needs.',
  check: (input) =>
    eachService(input, (service, name, at) =>
      service.privileged
        ? { path: `${at}.privileged`, message: `service "${name}" runs privileged` }
        : undefined,
    ),
};

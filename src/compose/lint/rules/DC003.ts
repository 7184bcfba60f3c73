import { type ComposeRule, eachService } from '../rule.js';

export const DC003: ComposeRule = {
  code: 'DC003',
  severity: 'warning',
  title: 'No memory limit',
  rationale:
    "A container without a memory limit can take all of the host's memory and get other services killed by the kernel.",
  fix: 'Set `deploy.resources.limits.memory` (and `cpus`), or `mem_limit` for single-host setups.',
  check: (input) =>
    eachService(input, (service, name, at) => {
      const limits = service.deploy?.resources?.limits;
      if (limits?.memory !== undefined || service.mem_limit !== undefined) return undefined;
      return { path: at, message: `service "${name}" has no memory limit (deploy.resources.limits.memory)` };
    }),
};

import { type ComposeRule, eachService } from '../rule.js';

export const DC010: ComposeRule = {
  code: 'DC010',
  severity: 'info',
  title: 'No restart policy',
  rationale:
    'Without a restart policy a long-running service that crashes, or a host that reboots, leaves the service down until someone notices.',
  fix: 'Add `restart: unless-stopped` (or `deploy.restart_policy` for Swarm). One-shot jobs can say `restart: "no"` explicitly.',
  check: (input) => {
    const oneShots = new Set(
      Object.values(input.model.services).flatMap((s) =>
        Object.entries(s.depends_on)
          .filter(([, d]) => d.condition === 'service_completed_successfully')
          .map(([target]) => target),
      ),
    );
    return eachService(input, (service, name, at) => {
      if (service.restart !== undefined || service.deploy?.restart_policy || oneShots.has(name))
        return undefined;
      return { path: at, message: `service "${name}" has no restart policy` };
    });
  },
};

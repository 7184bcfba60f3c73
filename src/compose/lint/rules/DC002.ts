import { type ComposeRule, eachService } from '../rule.js';

export const DC002: ComposeRule = {
  code: 'DC002',
  severity: 'error',
  title: 'service_healthy dependency without a healthcheck',
  rationale:
    'A dependency on `condition: service_healthy` waits for a health status; a service with no healthcheck never gets one, so `up` fails (or waits forever) unless the image itself declares HEALTHCHECK.',
  fix: 'Add a `healthcheck:` to the service that is depended on, or use `condition: service_started`.',
  check: (input) =>
    eachService(input, (service, name, at) =>
      Object.entries(service.depends_on)
        .filter(([, dependency]) => dependency.condition === 'service_healthy')
        .filter(([target]) => {
          const health = input.model.services[target]?.healthcheck;
          return input.model.services[target] && (!health || health.disable || health.test?.[0] === 'NONE');
        })
        .map(([target]) => ({
          path: `${at}.depends_on.${target}`,
          message: `"${name}" waits for "${target}" to be healthy, but "${target}" has no healthcheck (fine only if its image declares HEALTHCHECK)`,
        })),
    ),
};

import { type ComposeRule, eachService } from '../rule.js';

export const DC011: ComposeRule = {
  code: 'DC011',
  severity: 'warning',
  title: 'Data in an anonymous volume',
  rationale:
    'An anonymous volume gets a random name: it is not reused when the container is recreated by another project name, `down -v` deletes it, and nobody can tell what it holds.',
  fix: 'Name the volume (`db-data:/var/lib/postgresql/data`) and declare it under top-level `volumes:`.',
  check: (input) =>
    eachService(input, (service, name, at) =>
      service.volumes.flatMap((mount, index) =>
        mount.type === 'volume' && !mount.source
          ? [
              {
                path: `${at}.volumes[${index}]`,
                message: `service "${name}" keeps ${mount.target} in an anonymous volume`,
              },
            ]
          : [],
      ),
    ),
};

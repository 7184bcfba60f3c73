import { type ComposeRule, eachService } from '../rule.js';

const SOCKETS = ['/var/run/docker.sock', '/run/docker.sock'];

export const DC007: ComposeRule = {
  code: 'DC007',
  severity: 'error',
  title: 'Docker socket mounted',
  rationale:
    'Whoever can talk to the Docker socket is root on the host: a compromised service with the socket owns the machine.',
  fix: 'Remove the mount; if the service must manage containers, put a filtering socket proxy in between and mount nothing writable.',
  check: (input) =>
    eachService(input, (service, name, at) =>
      service.volumes.flatMap((mount, index) =>
        mount.source && SOCKETS.includes(mount.source.replace(/\/+$/, ''))
          ? [
              {
                path: `${at}.volumes[${index}]`,
                message: `service "${name}" mounts the Docker socket ${mount.source}`,
              },
            ]
          : [],
      ),
    ),
};

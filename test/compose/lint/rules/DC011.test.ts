import { service } from '../../helpers.js';
import { composeRuleCases } from '../rule-cases.js';

composeRuleCases('DC011', {
  catches: [
    [4, 'services.app.volumes[0]', service('image: a:1\nvolumes: ["/var/lib/mysql"]')],
    [5, 'services.app.volumes[0]', service('image: a:1\nvolumes:\n  - type: volume\n    target: /data')],
    [6, 'services.app.volumes[1]', service('image: a:1\nvolumes:\n  - ./src:/app/src\n  - /app/data')],
  ],
  passes: [
    `${service('image: a:1\nvolumes: ["db:/var/lib/mysql"]')}volumes:\n  db: {}\n`,
    service('image: a:1\nvolumes:\n  - type: tmpfs\n    target: /tmp'),
    // Regression: the standard dependency-folder idiom beside a bind mount.
    service('image: node:20\nvolumes:\n  - .:/app\n  - /app/node_modules'),
    service('image: node:20\nvolumes: ["/usr/src/app/node_modules"]'),
    service('image: python:3.12\nvolumes:\n  - ./:/srv/\n  - /srv/.venv'),
  ],
});

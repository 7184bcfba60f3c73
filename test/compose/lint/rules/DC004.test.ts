// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are Compose variable references, not templates.
import { service } from '../../helpers.js';
import { composeRuleCases } from '../rule-cases.js';

composeRuleCases('DC004', {
  catches: [
    [5, 'services.app.environment.DB_PASSWORD', service('image: a:1\nenvironment:\n  DB_PASSWORD: hunter2')],
    [6, 'services.app.environment[1]', service('image: a:1\nenvironment:\n  - MODE=x\n  - API_TOKEN=abc123')],
    [
      5,
      'services.app.environment.HELLO',
      service(`image: a:1\nenvironment:\n  HELLO: ghp_${'a'.repeat(36)}`),
    ],
    [
      5,
      'services.app.environment.SECRET_KEY',
      service('image: a:1\nenvironment:\n  SECRET_KEY: /not a path'),
    ],
    [5, 'services.app.environment.DB_PASSWORD', service('image: a:1\nenvironment:\n  DB_PASSWORD: /hunter2')],
    [
      5,
      'services.app.environment.DATABASE_URL_FILE',
      service('image: a:1\nenvironment:\n  DATABASE_URL_FILE: postgres://u:pw@db/app'),
    ],
  ],
  passes: [
    service('image: a:1\nenvironment:\n  DB_PASSWORD: ${DB_PASSWORD}'),
    service('image: a:1\nenvironment:\n  DB_PASSWORD_FILE: /run/secrets/db'),
    service('image: a:1\nenvironment:\n  MODE: production'),
    // Regression: a path to the file that holds the secret is not the secret.
    service('image: a:1\nenvironment:\n  - DATABASE_PASSWORD=/run/secrets/db-password'),
    service('image: a:1\nenvironment:\n  TLS_PRIVATE_KEY: /etc/ssl/private/app.key'),
    service('image: a:1\nenvironment:\n  API_TOKEN: ./secrets/api-token.txt'),
  ],
  env: { DB_PASSWORD: 'x' },
});

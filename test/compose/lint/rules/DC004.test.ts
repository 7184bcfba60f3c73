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
    [5, 'services.app.environment.PGPASSWORD', service('image: a:1\nenvironment:\n  PGPASSWORD: s3cret')],
    [
      5,
      'services.app.environment.SECRET_KEY_BASE',
      service('image: a:1\nenvironment:\n  SECRET_KEY_BASE: 9f8e7d'),
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
    // Regression: settings about secrets, and switches, are not secrets.
    service('image: postgres:16\nenvironment:\n  POSTGRES_HOST_AUTH_METHOD: trust'),
    service('image: a:1\nenvironment:\n  PASSWORD_MIN_LENGTH: 12\n  AUTH_URL: http://auth:8080'),
    service('image: mysql:8\nenvironment:\n  MYSQL_ALLOW_EMPTY_PASSWORD: "yes"'),
  ],
  env: { DB_PASSWORD: 'x' },
});

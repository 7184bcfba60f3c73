import { composeRuleCases } from '../rule-cases.js';

const waitsHealthy =
  'services:\n  app:\n    image: a:1\n    depends_on:\n      db:\n        condition: service_healthy\n';

composeRuleCases('DC002', {
  catches: [
    [5, 'services.app.depends_on.db', `${waitsHealthy}  db:\n    image: b:1\n`],
    [
      5,
      'services.app.depends_on.db',
      `${waitsHealthy}  db:\n    image: b:1\n    healthcheck:\n      disable: true\n`,
    ],
    [
      5,
      'services.app.depends_on.db',
      `${waitsHealthy}  db:\n    image: b:1\n    healthcheck:\n      test: ["NONE"]\n`,
    ],
    [
      3,
      'services.web.depends_on.cache',
      'services:\n  web:\n    depends_on: {cache: {condition: service_healthy}}\n    image: w:1\n  cache:\n    image: c:1\n',
    ],
  ],
  passes: [
    `${waitsHealthy}  db:\n    image: b:1\n    healthcheck:\n      test: ["CMD", "true"]\n`,
    'services:\n  app:\n    image: a:1\n    depends_on: [db]\n  db:\n    image: b:1\n',
    'services:\n  app:\n    image: a:1\n    depends_on:\n      db:\n        condition: service_started\n  db:\n    image: b:1\n',
    `${waitsHealthy}  db:\n    image: b:1\n    healthcheck:\n      test: pg_isready\n`,
  ],
});

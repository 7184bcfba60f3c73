import { service } from '../../helpers.js';
import { composeRuleCases } from '../rule-cases.js';

composeRuleCases('DC009', {
  catches: [
    [4, 'services.app.ports[0]', service('image: a:1\nports: ["5432:5432"]')],
    [4, 'services.app.ports[0]', service('image: a:1\nports: ["0.0.0.0:6379:6379"]')],
    [5, 'services.app.ports[0]', service('image: a:1\nports:\n  - target: 27017\n    published: "27017"')],
    [4, 'services.app.ports[0]', service('image: a:1\nports: ["3306"]')],
    [6, 'services.app.ports[1]', service('image: a:1\nports:\n  - "8000-8002:8000-8002"\n  - "5432:5432"')],
  ],
  passes: [
    service('image: a:1\nports: ["127.0.0.1:5432:5432"]'),
    service('image: a:1\nports: ["8080:80"]'),
    service('image: a:1\nexpose: ["5432"]'),
  ],
});

import { service } from '../../helpers.js';
import { composeRuleCases } from '../rule-cases.js';

composeRuleCases('DC013', {
  catches: [
    [4, 'services.app.ports[0]', service('image: a:1\nports: ["8080:80"]')],
    // A container port alone is published on a random host port, on every interface.
    [4, 'services.app.ports[0]', service('image: a:1\nports: ["3000"]')],
    [5, 'services.app.ports[0]', service('image: a:1\nports:\n  - target: 80\n    published: "8080"')],
    [
      6,
      'services.app.ports[1]',
      service('image: a:1\nports:\n  - "127.0.0.1:8000:8000"\n  - "0.0.0.0:8080:80"'),
    ],
  ],
  passes: [
    service('image: a:1\nports: ["127.0.0.1:8080:80"]'),
    // Database ports are DC009's, debugger ports DC014's.
    service('image: a:1\nports: ["5432:5432", "9229:9229"]'),
    service('image: a:1\nexpose: ["80"]'),
  ],
});

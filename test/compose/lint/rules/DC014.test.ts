import { service } from '../../helpers.js';
import { composeRuleCases } from '../rule-cases.js';

composeRuleCases('DC014', {
  catches: [
    [4, 'services.app.ports[0]', service('image: node:20\nports: ["9229:9229"]')],
    [6, 'services.app.ports[1]', service('image: a:1\nports:\n  - "8080:8080"\n  - "0.0.0.0:5005:5005"')],
    [4, 'services.app.ports[0]', service('image: a:1\nports: ["5678"]')],
    [5, 'services.app.ports[0]', service('image: a:1\nports:\n  - target: 2345\n    published: "40000"')],
    [4, 'services.app.ports[0]', service('image: a:1\nports: ["[::]:9229:9229"]')],
    // A range before it expands to several ports in the model; the finding still names the entry written.
    [6, 'services.app.ports[1]', service('image: a:1\nports:\n  - "8000-8002:8000-8002"\n  - "9229:9229"')],
    [5, 'services.app.ports[0]', service('image: a:1\nports:\n  - "9228-9230:9228-9230"')],
  ],
  passes: [
    service('image: node:20\nports: ["127.0.0.1:9229:9229"]'),
    service('image: a:1\nports: ["9229:3000"]'),
    service('image: a:1\nports:\n  - target: 5005\n    host_ip: 127.0.0.1\n    published: "5005"'),
    service('image: a:1\nexpose: ["9229"]'),
  ],
});

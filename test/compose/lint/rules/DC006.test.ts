import { service } from '../../helpers.js';
import { composeRuleCases } from '../rule-cases.js';

composeRuleCases('DC006', {
  catches: [
    [4, 'services.app.privileged', service('image: a:1\nprivileged: true')],
    [3, 'services.app.privileged', service('privileged: true\nimage: a:1')],
    [
      6,
      'services.agent.privileged',
      `${service('image: a:1')}  agent:\n    image: b:1\n    privileged: true\n`,
    ],
  ],
  passes: [
    service('image: a:1\nprivileged: false'),
    service('image: a:1'),
    service('image: a:1\ncap_add: [NET_ADMIN]'),
  ],
});

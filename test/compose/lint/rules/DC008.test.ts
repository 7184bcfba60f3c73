import { service } from '../../helpers.js';
import { composeRuleCases } from '../rule-cases.js';

composeRuleCases('DC008', {
  catches: [
    [4, 'services.app.network_mode', service('image: a:1\nnetwork_mode: host')],
    [4, 'services.app.pid', service('image: a:1\npid: host')],
    [4, 'services.app.ipc', service('image: a:1\nipc: host')],
    [3, 'services.app.uts', service('uts: host\nimage: a:1')],
  ],
  passes: [
    service('image: a:1\nnetwork_mode: bridge'),
    service('image: a:1\nnetwork_mode: none'),
    service('image: a:1\nipc: shareable'),
  ],
});

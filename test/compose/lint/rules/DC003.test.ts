import { service } from '../../helpers.js';
import { composeRuleCases } from '../rule-cases.js';

composeRuleCases('DC003', {
  catches: [
    [2, 'services.app', service('image: a:1')],
    [2, 'services.app', service('image: a:1\ndeploy:\n  resources:\n    limits:\n      cpus: "0.5"')],
    [2, 'services.app', service('image: a:1\ndeploy:\n  resources:\n    reservations:\n      memory: 64M')],
    [5, 'services.worker', `${service('image: a:1\nmem_limit: 64m')}  worker:\n    image: w:1\n`],
  ],
  passes: [
    service('image: a:1\ndeploy:\n  resources:\n    limits:\n      memory: 64M'),
    service('image: a:1\nmem_limit: 64m'),
    service('image: a:1\nmem_limit: 67108864'),
  ],
});

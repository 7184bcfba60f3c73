import { service } from '../../helpers.js';
import { composeRuleCases } from '../rule-cases.js';

composeRuleCases('DC010', {
  catches: [
    [2, 'services.app', service('image: a:1')],
    [2, 'services.app', service('image: a:1\ndeploy:\n  replicas: 2')],
    [5, 'services.worker', `${service('image: a:1\nrestart: always')}  worker:\n    image: w:1\n`],
  ],
  passes: [
    service('image: a:1\nrestart: unless-stopped'),
    service('image: a:1\ndeploy:\n  restart_policy:\n    condition: any'),
    'services:\n  app:\n    image: a:1\n    restart: always\n    depends_on:\n      migrate:\n        condition: service_completed_successfully\n  migrate:\n    image: a:1\n',
    service('image: a:1\nrestart: "no"'),
  ],
});

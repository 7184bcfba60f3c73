import { service } from '../../helpers.js';
import { composeRuleCases } from '../rule-cases.js';

composeRuleCases('DC012', {
  catches: [
    [4, 'services.app.container_name', service('image: a:1\ncontainer_name: shop-app')],
    [3, 'services.app.container_name', service('container_name: api\nimage: a:1')],
    [
      6,
      'services.db.container_name',
      `${service('image: a:1')}  db:\n    image: b:1\n    container_name: db\n`,
    ],
  ],
  passes: [
    service('image: a:1'),
    service('image: a:1\nhostname: shop-app'),
    service('image: a:1\nlabels:\n  container_name: x'),
  ],
});

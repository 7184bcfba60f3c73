import { service } from '../../helpers.js';
import { composeRuleCases } from '../rule-cases.js';

composeRuleCases('DC005', {
  catches: [
    [3, 'services.app.image', service('image: redis:latest')],
    [3, 'services.app.image', service('image: registry:5000/team/redis')],
    [3, 'services.app.image', service('image: postgres')],
    [4, 'services.app.image', service('restart: always\nimage: ghcr.io/acme/api:latest')],
  ],
  passes: [
    service('image: registry:5000/redis:7.2'),
    service(`image: redis@sha256:${'a'.repeat(64)}`),
    service('image: app\nbuild: .'),
    service('image: postgres:16.2-bookworm'),
  ],
});

import { service } from '../../helpers.js';
import { composeRuleCases } from '../rule-cases.js';

composeRuleCases('DC007', {
  catches: [
    [
      4,
      'services.app.volumes[0]',
      service('image: a:1\nvolumes: ["/var/run/docker.sock:/var/run/docker.sock:ro"]'),
    ],
    [
      5,
      'services.app.volumes[0]',
      service('image: a:1\nvolumes:\n  - type: bind\n    source: /run/docker.sock\n    target: /s'),
    ],
    [
      6,
      'services.app.volumes[1]',
      service('image: a:1\nvolumes:\n  - ./data:/data\n  - /var/run/docker.sock/:/docker.sock'),
    ],
  ],
  passes: [
    service('image: a:1\nvolumes: ["./data:/data"]'),
    service('image: a:1\nvolumes: ["./docker.sock:/var/run/docker.sock"]'),
    service('image: a:1\nvolumes: ["/var/run/docker.sock.d:/x"]'),
  ],
});

import { ruleCases } from '../rule-cases.js';

ruleCases('DL4005', {
  catches: ['RUN ln -sf /bin/bash /bin/sh'],
  passes: ['RUN ln -s /opt/app/bin/app /usr/local/bin/app'],
});

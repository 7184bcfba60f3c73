import { ruleCases } from '../rule-cases.js';

ruleCases('DW1008', {
  catches: ['RUN chmod 777 /data'],
  passes: ['RUN chmod 1777 /tmp', 'RUN chmod 755 /data'],
});

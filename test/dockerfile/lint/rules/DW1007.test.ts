import { ruleCases } from '../rule-cases.js';

ruleCases('DW1007', {
  catches: ['WORKDIR /usr'],
  passes: ['WORKDIR /usr/src/app', 'VOLUME /data'],
});

import { ruleCases } from '../rule-cases.js';

ruleCases('DW1011', {
  catches: ['FROM debian:12\nRUN apt-get install -y build-essential'],
  passes: [
    'FROM debian:12 AS b\nRUN apt-get install -y build-essential\nFROM debian:12\nCOPY --from=b /out /app',
  ],
});

import { ruleCases } from '../rule-cases.js';

ruleCases('DL3010', {
  catches: ['COPY site.tar.gz /tmp/\nRUN tar -xzf /tmp/site.tar.gz'],
  passes: ['COPY site.tar.gz /tmp/'],
});

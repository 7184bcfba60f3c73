import { ruleCases } from '../rule-cases.js';

ruleCases('DW1004', {
  catches: ['ADD https://example.com/a.tgz /tmp/'],
  passes: ['ADD --checksum=sha256:0123 https://example.com/a.tgz /tmp/'],
});

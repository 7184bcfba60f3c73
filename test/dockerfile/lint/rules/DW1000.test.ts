import { ruleCases } from '../rule-cases.js';

ruleCases('DW1000', {
  catches: [`FROM debian:12\nRUN ${'echo x && \\\n'.repeat(2000)}true`],
  passes: ['FROM debian:12\nRUN echo x && true'],
});

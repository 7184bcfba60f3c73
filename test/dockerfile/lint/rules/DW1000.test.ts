import { ruleCases } from '../rule-cases.js';

const longScript = `${'echo x && \\\n'.repeat(2000)}true`;

ruleCases('DW1000', {
  catches: [
    [2, `FROM debian:12\nRUN ${longScript}`],
    [3, `FROM debian:12\nWORKDIR /app\nRUN ${longScript}`],
    [3, `FROM debian:12\nRUN true\nONBUILD RUN ${longScript}`],
  ],
  passes: [
    'FROM debian:12\nRUN echo x && true',
    'FROM debian:12\nRUN ["sh", "-c", "echo x"]',
    `FROM debian:12\nRUN ${'echo x && \\\n'.repeat(20)}true`,
  ],
});

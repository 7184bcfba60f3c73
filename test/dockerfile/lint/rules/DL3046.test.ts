import { ruleCases } from '../rule-cases.js';

ruleCases('DL3046', {
  catches: [
    [1, 'RUN useradd -u 1000000 app'],
    [2, 'FROM debian:12\nRUN useradd --uid 123456 -m app'],
    [2, 'FROM debian:12\nRUN groupadd -g 1000 app && useradd -u 200000 -g app app'],
  ],
  passes: [
    'RUN useradd -l -u 1000000 app',
    'RUN useradd -u 10001 app',
    'RUN useradd --no-log-init -u 1000000 app',
    'RUN useradd app',
  ],
});

import { ruleCases } from '../rule-cases.js';

ruleCases('DL3047', {
  catches: [
    [1, 'RUN wget https://example.com/a.tgz'],
    [2, 'FROM debian:12\nRUN wget -O /tmp/a.tgz https://example.com/a.tgz'],
    [2, 'FROM debian:12\nRUN apt-get update && wget http://example.com/x'],
  ],
  passes: [
    'RUN wget -q https://example.com/a.tgz',
    'RUN wget --progress=dot:giga https://example.com/a.tgz',
    'RUN wget -nv https://example.com/a.tgz',
    'RUN curl -fsSLO https://example.com/a.tgz',
  ],
});

import { ruleCases } from '../rule-cases.js';

ruleCases('DL4001', {
  catches: [
    [2, 'RUN wget -q http://a\nRUN curl -s http://b'],
    [3, 'FROM debian:12\nRUN curl -fsSL http://a -o a\nRUN wget -q http://b'],
    [2, 'FROM debian:12\nRUN wget -q http://a && curl -s http://b'],
  ],
  passes: [
    'RUN curl -s http://a\nRUN curl -s http://b',
    'FROM debian:12 AS a\nRUN wget -q http://a\nFROM debian:12\nRUN curl -s http://b',
    'RUN apt-get install -y curl wget',
  ],
});

import { ruleCases } from '../rule-cases.js';

ruleCases('DL3059', {
  catches: [
    [2, 'RUN a\nRUN b'],
    [3, 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl'],
    [4, 'FROM debian:12\nWORKDIR /\nRUN a\nRUN b'],
  ],
  passes: [
    'RUN a && b\nRUN c',
    'RUN a\nWORKDIR /\nRUN b',
    'RUN --mount=type=cache,target=/c a\nRUN b',
    'FROM debian:12\nRUN a\nFROM debian:12\nRUN b',
  ],
});

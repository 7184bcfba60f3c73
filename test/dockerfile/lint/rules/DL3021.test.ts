import { ruleCases } from '../rule-cases.js';

ruleCases('DL3021', {
  catches: [
    [1, 'COPY a.txt b.txt /dest'],
    [2, 'FROM debian:12\nCOPY package.json yarn.lock /app'],
    [2, 'FROM debian:12\nCOPY ["a", "b", "/c"]'],
  ],
  passes: [
    'COPY a.txt b.txt /dest/',
    'COPY a.txt /dest',
    'COPY ["a", "b", "/c/"]',
    'COPY --chown=1:1 src /app',
  ],
});

import { ruleCases } from '../rule-cases.js';

ruleCases('DL3014', {
  catches: [
    [1, 'RUN apt-get install curl'],
    [2, 'FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends curl'],
    [2, 'FROM debian:12\nRUN apt-get -q install curl'],
  ],
  passes: [
    'RUN apt-get install -y curl',
    'RUN apt-get -qq install curl',
    'RUN apt-get install --yes curl',
    'RUN apt-get install --assume-yes curl',
  ],
});

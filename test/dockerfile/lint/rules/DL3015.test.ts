import { ruleCases } from '../rule-cases.js';

ruleCases('DL3015', {
  catches: [
    [1, 'RUN apt-get install -y curl'],
    [2, 'FROM debian:12\nRUN apt-get update && apt-get -y install curl'],
    [3, 'FROM debian:12\nRUN true\nRUN apt-get install -y \\\n  curl wget'],
  ],
  passes: [
    'RUN apt-get install -y --no-install-recommends curl',
    'RUN apt-get -y --no-install-recommends install curl',
    'RUN apt-get update',
    'RUN apt-get install -y -o APT::Install-Recommends=false curl',
  ],
});

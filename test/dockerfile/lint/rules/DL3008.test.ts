import { ruleCases } from '../rule-cases.js';

ruleCases('DL3008', {
  catches: [
    [1, 'RUN apt-get install -y curl'],
    [2, 'FROM debian:12\nRUN apt-get update && apt-get install -y curl=8.5.0-2 wget'],
    [2, 'FROM debian:12\nRUN apt-get install -y --no-install-recommends \\\n    curl'],
  ],
  passes: [
    'RUN apt-get install -y curl=8.5.0-2',
    'RUN apt-get install -y curl=8.5.0-2 wget=1.21.3-1+b2',
    'RUN apt-get update',
    'RUN apt-get install -y /tmp/pkg.deb',
  ],
});

import { ruleCases } from '../rule-cases.js';

ruleCases('DL3027', {
  catches: [
    [1, 'RUN apt install -y curl'],
    [2, 'FROM debian:12\nRUN apt update && apt-get install -y curl'],
    [2, 'FROM debian:12\nRUN apt-get update && apt upgrade -y'],
  ],
  passes: [
    'RUN apt-get install -y curl',
    'RUN apt-cache policy curl',
    'RUN echo apt',
    'RUN apt-get install -y apt-transport-https',
  ],
});

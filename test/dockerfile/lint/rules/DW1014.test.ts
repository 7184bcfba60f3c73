import { ruleCases } from '../rule-cases.js';

ruleCases('DW1014', {
  catches: [
    [1, 'RUN apt-get update && apt-get dist-upgrade -y'],
    [2, 'FROM debian:12\nRUN apt-get -y dist-upgrade'],
    [2, 'FROM debian:12\nRUN apt dist-upgrade -y && apt-get clean'],
  ],
  passes: [
    'RUN apt-get update && apt-get upgrade -y',
    'RUN apt-get install -y curl',
    'RUN zypper dup -y',
    'RUN echo dist-upgrade',
  ],
});

import { ruleCases } from '../rule-cases.js';

ruleCases('DW1009', {
  catches: [
    [1, 'RUN apt-get install -y sudo'],
    [2, 'FROM alpine:3.20\nRUN apk add --no-cache sudo=1.9.15-r0'],
    [2, 'FROM fedora:40\nRUN dnf install -y git sudo'],
  ],
  passes: [
    'RUN apt-get install -y curl',
    'RUN apt-get install -y gosu',
    'RUN echo sudo',
    'RUN apt-get install -y sudo-ldap-doc',
  ],
});

import { ruleCases } from '../rule-cases.js';

ruleCases('DW1013', {
  catches: [
    [1, 'RUN apt-get update'],
    [2, 'FROM alpine:3.20\nRUN apk update'],
    [2, 'FROM debian:12\nRUN set -eux; apt-get update -qq\nRUN apt-get install -y curl'],
  ],
  passes: [
    'RUN apt-get update && apt-get install -y curl',
    'RUN apk add --no-cache curl',
    'RUN dnf makecache && dnf install -y git-2.45.0',
    'RUN echo update',
  ],
});

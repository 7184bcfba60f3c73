import { ruleCases } from '../rule-cases.js';

ruleCases('DL4000', {
  catches: [
    [1, 'MAINTAINER me@example.com'],
    [2, 'FROM debian:12\nMAINTAINER "Jane Doe <jane@example.com>"'],
    [3, 'FROM debian:12\nRUN true\nmaintainer me'],
  ],
  passes: [
    'LABEL maintainer=me@example.com',
    'FROM debian:12\nLABEL org.opencontainers.image.authors=me@example.com',
    'FROM debian:12\nRUN echo MAINTAINER',
  ],
});

import { ruleCases } from '../rule-cases.js';

ruleCases('DL3067', {
  catches: [
    [3, 'FROM golang:1.22 AS build\nFROM scratch\nCOPY --from=build / /'],
    [3, 'FROM debian:12 AS Base\nFROM scratch\nCOPY --from=base / /'],
    [3, 'FROM debian:12\nFROM scratch\nCOPY --from=0 / /'],
    [4, 'FROM a:1 AS one\nFROM b:1 AS two\nFROM scratch\nCOPY --chown=1:1 --from=two / /'],
    [1, 'COPY --from=builder / /'],
  ],
  passes: [
    'FROM golang:1.22 AS build\nFROM scratch\nCOPY --from=build /out /app',
    // Regression: an image (not a stage) copied whole is how some images are assembled.
    'FROM scratch\nCOPY --from=busybox:1.36 / /',
    'FROM scratch\nCOPY --from=busybox / /',
    'FROM scratch\nCOPY --from=ghcr.io/acme/rootfs@sha256:abc / /',
    'FROM debian:12\nCOPY / /',
  ],
});

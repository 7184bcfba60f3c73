import { ruleCases } from '../rule-cases.js';

ruleCases('DL3020', {
  catches: [
    [1, 'ADD config.yml /etc/app/'],
    [2, 'FROM debian:12\nADD --chown=app:app src/ /srv/'],
    [3, 'FROM debian:12\nWORKDIR /srv\nADD package.json yarn.lock ./'],
  ],
  passes: [
    'ADD rootfs.tar.xz /',
    'COPY config.yml /etc/app/',
    'ADD https://example.com/tool.tgz /opt/',
    'ADD --checksum=sha256:abc https://example.com/a.bin /usr/local/bin/a',
  ],
});

import { ruleCases } from '../rule-cases.js';

ruleCases('DW1004', {
  catches: [
    [1, 'ADD https://example.com/a.tgz /tmp/'],
    [2, 'FROM debian:12\nADD --chown=1:1 http://example.com/tool /usr/local/bin/tool'],
    [3, 'FROM debian:12\nWORKDIR /opt\nADD ftp://example.com/data.bin ./'],
  ],
  passes: [
    'ADD --checksum=sha256:0123 https://example.com/a.tgz /tmp/',
    'ADD rootfs.tar.gz /',
    'COPY https.txt /tmp/',
    'ADD git@github.com:acme/repo.git /src',
  ],
});

import { ruleCases } from '../rule-cases.js';

ruleCases('DW1007', {
  catches: [
    [1, 'WORKDIR /usr'],
    [2, 'FROM debian:12\nVOLUME /etc'],
    [2, 'FROM debian:12\nVOLUME ["/data", "/var/run/"]'],
  ],
  passes: ['WORKDIR /usr/src/app', 'VOLUME /data', 'WORKDIR /app', 'VOLUME ["/var/lib/postgresql/data"]'],
});

import { ruleCases } from '../rule-cases.js';

ruleCases('DL3010', {
  catches: [
    [3, 'FROM debian:12\nCOPY site.tar.gz /tmp/\nRUN tar -xzf /tmp/site.tar.gz'],
    [3, 'FROM debian:12\nCOPY app.tar /opt/\nRUN tar xf /opt/app.tar -C /opt'],
    [3, 'FROM debian:12\nCOPY a.tar.xz b.txt /src/\nRUN tar -xJf /src/a.tar.xz'],
  ],
  passes: [
    'COPY site.tar.gz /tmp/',
    'FROM debian:12\nCOPY site.tar.gz /tmp/\nRUN tar -czf /tmp/out.tar.gz /etc',
    'FROM debian:12\nADD site.tar.gz /srv/',
    'FROM debian:12 AS b\nCOPY site.tar.gz /tmp/\nFROM debian:12\nRUN tar -xzf /tmp/site.tar.gz',
  ],
});

import { ruleCases } from '../rule-cases.js';

ruleCases('DW1008', {
  catches: [
    [1, 'RUN chmod 777 /data'],
    [2, 'FROM debian:12\nRUN chmod -R o+w /srv'],
    [2, 'FROM debian:12\nRUN mkdir /x && chmod 0666 /x/file'],
  ],
  passes: [
    'RUN chmod 1777 /tmp',
    'RUN chmod 755 /data',
    'RUN chmod u+x /entrypoint.sh',
    'RUN chmod 640 /etc/app.conf',
  ],
});

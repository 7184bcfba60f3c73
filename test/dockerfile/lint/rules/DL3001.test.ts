import { ruleCases } from '../rule-cases.js';

ruleCases('DL3001', {
  catches: [
    [2, 'FROM debian:12\nRUN service nginx start'],
    [1, 'RUN vim /etc/hosts'],
    [3, 'FROM debian:12\nWORKDIR /app\nRUN make && top -b -n1'],
  ],
  passes: [
    'RUN apt-get install -y openssh-client',
    'RUN apt-get install -y vim',
    'RUN echo kill',
    'RUN make install',
  ],
});

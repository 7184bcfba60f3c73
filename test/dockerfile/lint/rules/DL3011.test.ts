import { ruleCases } from '../rule-cases.js';

ruleCases('DL3011', {
  catches: [
    [1, 'EXPOSE 70000'],
    [2, 'FROM debian:12\nEXPOSE 80 65536'],
    [2, 'FROM debian:12\nEXPOSE 99999/udp'],
  ],
  passes: ['EXPOSE 8080/tcp', 'EXPOSE 65535', 'EXPOSE 8000-8010', 'EXPOSE $PORT'],
});

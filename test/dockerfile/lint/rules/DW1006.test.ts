import { ruleCases } from '../rule-cases.js';

ruleCases('DW1006', {
  catches: [
    [1, 'EXPOSE 22'],
    [2, 'FROM debian:12\nEXPOSE 80 22/tcp'],
    [3, 'FROM debian:12\nRUN true\nEXPOSE 443 22'],
  ],
  passes: ['EXPOSE 2222 8080', 'EXPOSE 22/udp', 'EXPOSE 220', 'EXPOSE 8022'],
});

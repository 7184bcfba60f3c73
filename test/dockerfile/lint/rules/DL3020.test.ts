import { ruleCases } from '../rule-cases.js';

ruleCases('DL3020', {
  catches: ['ADD config.yml /etc/app/'],
  passes: ['ADD rootfs.tar.xz /', 'COPY config.yml /etc/app/'],
});

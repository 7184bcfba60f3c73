import { ruleCases } from '../rule-cases.js';

ruleCases('DL3043', {
  catches: ['ONBUILD FROM debian:12'],
  passes: ['ONBUILD RUN make'],
});

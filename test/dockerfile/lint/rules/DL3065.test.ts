import { ruleCases } from '../rule-cases.js';

ruleCases('DL3065', {
  catches: ['FROM --platform=$TARGETPLATFORM debian:12'],
  passes: ['FROM --platform=$BUILDPLATFORM debian:12'],
});

import { ruleCases } from '../rule-cases.js';

ruleCases('DL3029', {
  catches: ['FROM --platform=linux/amd64 debian:12'],
  passes: ['FROM --platform=$BUILDPLATFORM debian:12'],
});

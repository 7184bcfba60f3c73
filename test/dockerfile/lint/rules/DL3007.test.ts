import { ruleCases } from '../rule-cases.js';

ruleCases('DL3007', {
  catches: ['FROM ubuntu:latest'],
  passes: ['FROM ubuntu:24.04', 'FROM ubuntu:latest@sha256:abc'],
});

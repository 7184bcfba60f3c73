import { ruleCases } from '../rule-cases.js';

ruleCases('DL3063', {
  catches: ['FROM debian:12 AS scratch'],
  passes: ['FROM debian:12 AS build'],
});

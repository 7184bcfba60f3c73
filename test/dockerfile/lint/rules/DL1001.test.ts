import { ruleCases } from '../rule-cases.js';

ruleCases('DL1001', {
  catches: ['# hadolint ignore=DL3007\nFROM node:latest'],
  passes: ['# just a note\nFROM node:20'],
});

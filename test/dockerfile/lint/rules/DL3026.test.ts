import { ruleCases } from '../rule-cases.js';

ruleCases('DL3026', {
  catches: [
    [1, 'FROM evil.example/app:1'],
    [1, 'FROM debian:12'],
    [3, 'FROM ghcr.io/me/base:1 AS b\nRUN true\nFROM quay.io/x/app:2'],
  ],
  passes: [
    'FROM ghcr.io/me/app:1',
    'FROM scratch',
    'FROM ghcr.io/me/base:1 AS b\nFROM b',
    'ARG IMAGE=ghcr.io/me/app:1\nFROM $IMAGE',
  ],
  config: { trustedRegistries: ['ghcr.io'] },
});

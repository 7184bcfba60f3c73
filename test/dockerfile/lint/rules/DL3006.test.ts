import { ruleCases } from '../rule-cases.js';

ruleCases('DL3006', {
  catches: [
    [1, 'FROM alpine'],
    [1, 'FROM ghcr.io/acme/app'],
    [3, 'FROM alpine:3.20 AS a\nRUN true\nFROM debian'],
  ],
  passes: [
    'FROM alpine:3.20',
    'FROM scratch',
    'FROM alpine:3.20 AS b\nFROM b',
    'FROM alpine@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    'ARG BASE=debian:12\nFROM $BASE',
  ],
});

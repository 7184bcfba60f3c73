import { ruleCases } from '../rule-cases.js';

ruleCases('DL3007', {
  catches: [
    [1, 'FROM ubuntu:latest'],
    [1, 'FROM ghcr.io/acme/app:latest AS build'],
    [3, 'FROM debian:12 AS b\nRUN true\nFROM node:latest'],
  ],
  passes: [
    'FROM ubuntu:24.04',
    'FROM ubuntu:latest@sha256:abc',
    'FROM ubuntu',
    'FROM registry:5000/latest:1',
  ],
});

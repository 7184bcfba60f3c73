// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are Dockerfile variable references, not templates.
import { describe, expect, it } from 'vitest';
import { baseImagesOf } from '../../src/containerize/base-images.js';

describe('baseImagesOf', () => {
  it.each([
    ['FROM node:20-bookworm-slim\n', ['node:20-bookworm-slim'], 'node:20-bookworm-slim'],
    [
      'ARG NODE_VERSION=22\nFROM node:${NODE_VERSION}-slim AS build\nFROM gcr.io/distroless/nodejs22\nCOPY --from=build /a /a\n',
      ['node:22-slim', 'gcr.io/distroless/nodejs22'],
      'gcr.io/distroless/nodejs22',
    ],
    [
      'FROM python:3.11-slim-bookworm AS base\nFROM base AS build\nRUN true\nFROM base\n',
      ['python:3.11-slim-bookworm'],
      'python:3.11-slim-bookworm',
    ],
    ['ARG TAG\nFROM debian:$TAG\n', ['debian:$TAG'], 'debian:$TAG'],
  ])('%s', (dockerfile, images, final) => {
    expect(baseImagesOf(dockerfile)).toEqual({ images, final });
  });
});

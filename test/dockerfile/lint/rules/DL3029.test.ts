// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are Dockerfile variable references, not templates.
import { ruleCases } from '../rule-cases.js';

ruleCases('DL3029', {
  catches: [
    [1, 'FROM --platform=linux/amd64 debian:12'],
    [1, 'FROM --platform=linux/arm64 node:20 AS build'],
    [3, 'FROM debian:12 AS a\nRUN true\nFROM --platform=linux/arm/v7 debian:12'],
  ],
  passes: [
    'FROM --platform=$BUILDPLATFORM debian:12',
    'FROM debian:12',
    'FROM --platform=${TARGETPLATFORM} debian:12',
  ],
});

// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are Dockerfile variable references, not templates.
import { ruleCases } from '../rule-cases.js';

ruleCases('DL3065', {
  catches: [
    [1, 'FROM --platform=$TARGETPLATFORM debian:12'],
    [1, 'FROM --platform=${TARGETPLATFORM} node:20 AS build'],
    [3, 'FROM debian:12 AS a\nRUN true\nFROM --platform=$TARGETPLATFORM debian:12'],
  ],
  passes: [
    'FROM --platform=$BUILDPLATFORM debian:12',
    'FROM debian:12',
    'FROM --platform=linux/amd64 debian:12',
  ],
});

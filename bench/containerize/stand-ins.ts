/**
 * The locally made base images (scripts/test-env.sh) the bench builds with, per generator
 * role, and the runtime version each really contains. PHP has none: the template runs
 * php:X-apache-bookworm, and the php:8.2-cli-bookworm stand-in has no Apache.
 */
export const STAND_INS: Record<string, { image: string; version: string }> = {
  node: { image: 'node:20-bookworm-slim', version: '20.20' },
  'node-runtime': { image: 'node:20-bookworm-slim', version: '20.20' },
  python: { image: 'python:3.11-slim-bookworm', version: '3.11' },
  'python-runtime': { image: 'python:3.11-slim-bookworm', version: '3.11' },
  go: { image: 'golang:1.19-bookworm', version: '1.19' },
  runtime: { image: 'debian:bookworm-slim', version: '' },
  cpp: { image: 'debian:bookworm-slim', version: '' },
  static: { image: 'caddy:2.6', version: '2.6' },
  ruby: { image: 'ruby:3.1-slim-bookworm', version: '3.1' },
  java: { image: 'eclipse-temurin:17-jre', version: '17' },
  bun: { image: 'oven/bun:1.4.5-slim', version: '1.4.5' },
  deno: { image: 'denoland/deno:debian-2.9.6', version: '2.9.6' },
};

/** Which stand-in carries a language's runtime, to compare with the version the project asks for. */
export const LANGUAGE_ROLE: Record<string, string> = {
  node: 'node',
  python: 'python',
  go: 'go',
  ruby: 'ruby',
  php: 'php',
  java: 'java',
  bun: 'bun',
  deno: 'deno',
};

/** Two versions agree when the shorter is a prefix of the longer, part by part (`20` and `20.19`). */
export function versionsAgree(a: string, b: string): boolean {
  const pa = a.replace(/^v/, '').split('.');
  const pb = b.replace(/^v/, '').split('.');
  return pa.slice(0, Math.min(pa.length, pb.length)).every((part, i) => part === pb[i]);
}

/** Output a check expects that only a newer release prints than the stand-in holds. */
export const NEWER_RELEASE_OUTPUT: Record<string, string> = {
  'using config from file': 'Caddy 2.8+ logs it; Caddy 2.6 says "using provided configuration"',
};

import { describe, expect, it } from 'vitest';
import { explainFailure } from '../../src/build/failure.js';

const step = (name: string, output = '', error?: string) => ({ name, output, error });

describe('explainFailure', () => {
  it('takes the exit code and the output tail from the failing step', () => {
    const output = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`).join('\n');
    const failure = explainFailure(
      'executor failed running [/bin/sh -c make]: exit code: 2',
      step('[build 3/5] RUN make', output, 'executor failed running [/bin/sh -c make]: exit code: 2'),
    );
    expect(failure).toMatchObject({ step: '[build 3/5] RUN make', exitCode: 2, cause: 'command-failed' });
    expect(failure.outputTail).toHaveLength(20);
    expect(failure.outputTail.at(-1)).toBe('line 30');
  });

  it.each([
    [
      'failed to compute cache key: "/missing.txt" not found: not found',
      step('[2/2] COPY missing.txt /m'),
      'missing-file',
    ],
    [
      'failed to calculate checksum of ref abc::def: "/app" not found',
      step('[3/4] COPY app /app'),
      'missing-file',
    ],
    ['dockerfile parse error line 2: unknown instruction: RUNN', undefined, 'unknown-instruction'],
    [
      'failed to solve with frontend dockerfile.v0: failed to create LLB definition: failed to resolve source metadata for docker.io/library/nope:1: pull access denied',
      undefined,
      'base-image',
    ],
    [
      'exit code: 100',
      step(
        '[2/3] RUN apt-get update && apt-get install -y curl',
        'Err:1 http://deb.debian.org bookworm InRelease\n  Temporary failure resolving deb.debian.org',
      ),
      'network',
    ],
    ['exit code: 1', step('[4/6] RUN npm ci', 'npm ERR! code SELF_SIGNED_CERT_IN_CHAIN'), 'network'],
    [
      'secret tok not found',
      step('[2/2] RUN --mount=type=secret,id=tok cat /run/secrets/tok'),
      'missing-secret',
    ],
  ])('recognises %s', (message, failing, cause) => {
    const failure = explainFailure(message, failing);
    expect(failure.cause).toBe(cause);
    expect(failure.hint.length).toBeGreaterThan(20);
  });

  it('does not call a RUN that lacks a file a missing context file', () => {
    const failure = explainFailure(
      'exit code: 1',
      step('[2/2] RUN cat /etc/address.conf', 'cat: /etc/address.conf: No such file or directory'),
    );
    expect(failure.cause).toBe('command-failed');
  });

  it('names the base image that could not be found', () => {
    const failure = explainFailure(
      'failed to resolve source metadata for docker.io/library/node:22-alpine: failed to do request',
      undefined,
    );
    expect(failure.hint).toContain('docker.io/library/node:22-alpine');
  });

  it('gives a plain hint when nothing is recognisable', () => {
    expect(explainFailure('something odd', undefined)).toMatchObject({ cause: undefined, outputTail: [] });
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { lintDockerfile } from '../../../src/dockerfile/lint/engine.js';
import { fixDockerfile } from '../../../src/dockerfile/lint/fixes.js';
import { parseDockerfile } from '../../../src/dockerfile/parse/parse.js';
import { initShellParser } from '../../../src/dockerfile/shell/parser.js';

const CASES: { code: string; before: string; after: string }[] = [
  {
    code: 'DL3014',
    before: 'FROM debian:12\nRUN apt-get install --no-install-recommends curl=1\n',
    after: 'apt-get install -y --no-install-recommends curl=1',
  },
  {
    code: 'DL3015',
    before: 'FROM debian:12\nRUN apt-get install -y curl=1\n',
    after: 'apt-get install --no-install-recommends -y curl=1',
  },
  {
    code: 'DL3009',
    before: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=1\n',
    after: '&& rm -rf /var/lib/apt/lists/*',
  },
  {
    code: 'DL3042',
    before: 'FROM python:3.12\nRUN pip install flask==3.0.3\n',
    after: 'pip install --no-cache-dir flask==3.0.3',
  },
  {
    code: 'DL3019',
    before: 'FROM alpine:3.20\nRUN apk add curl=8.9.1-r0\n',
    after: 'apk add --no-cache curl=8.9.1-r0',
  },
  { code: 'DL3025', before: 'FROM node:20\nCMD node server.js\n', after: 'CMD ["node", "server.js"]' },
  {
    code: 'DL4000',
    before: 'FROM node:20\nMAINTAINER Jane <jane@example.com>\n',
    after: 'LABEL maintainer="Jane <jane@example.com>"',
  },
  { code: 'DL3020', before: 'FROM node:20\nADD app.js /srv/\n', after: 'COPY app.js /srv/' },
  { code: 'DL3000', before: 'FROM node:20\nWORKDIR /srv\nWORKDIR app\n', after: 'WORKDIR /srv/app' },
];

describe('autofixes', () => {
  beforeAll(() => initShellParser());
  for (const { code, before, after } of CASES) {
    it(`${code}: the fixed file parses, contains the fix and no longer has ${code}`, () => {
      expect(lintDockerfile(before).map((f) => f.code)).toContain(code);
      const result = fixDockerfile(before);
      expect(result.text).toContain(after);
      expect(parseDockerfile(result.text).problems).toEqual([]);
      expect(lintDockerfile(result.text).map((f) => f.code)).not.toContain(code);
      expect(lintDockerfile(result.text).filter((f) => f.code === 'DL1000')).toEqual([]);
    });
  }

  it('fixes several findings in one RUN without clobbering each other', () => {
    const result = fixDockerfile('FROM debian:12\nRUN apt-get update && \\\n    apt-get install curl=1\n');
    expect(result.text).toBe(
      'FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y --no-install-recommends curl=1 && rm -rf /var/lib/apt/lists/*\n',
    );
    const left = lintDockerfile(result.text).map((f) => f.code);
    for (const code of ['DL3009', 'DL3014', 'DL3015']) expect(left).not.toContain(code);
  });

  it('leaves a CMD with shell syntax alone: JSON form would change its meaning', () => {
    const text = 'FROM node:20\nCMD node server.js --port $PORT\n';
    const finding = lintDockerfile(text).find((f) => f.code === 'DL3025');
    expect(finding?.fixable).toBe(false);
    expect(fixDockerfile(text).text).toBe(text);
  });
});

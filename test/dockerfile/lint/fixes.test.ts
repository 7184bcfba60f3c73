import { beforeAll, describe, expect, it } from 'vitest';
import { lintDockerfile } from '../../../src/dockerfile/lint/engine.js';
import { fixDockerfile } from '../../../src/dockerfile/lint/fixes.js';
import { parseDockerfile } from '../../../src/dockerfile/parse/parse.js';
import { initShellParser } from '../../../src/dockerfile/shell/parser.js';
import { AUTOFIX_CASES } from './autofix-cases.js';

describe('autofixes', () => {
  beforeAll(() => initShellParser());
  for (const { code, before, after } of AUTOFIX_CASES) {
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

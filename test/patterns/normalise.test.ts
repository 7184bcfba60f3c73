import { describe, expect, it } from 'vitest';
import { dockerfileHash, normaliseDockerfile } from '../../src/patterns/normalise.js';

const base =
  'FROM node:22-bookworm-slim\nWORKDIR /app\nRUN npm ci && npm cache clean --force\nCMD ["node", "server.js"]\n';

describe('dockerfileHash', () => {
  it.each([
    ['comments and blank lines', `# build it\n\n${base.replace('WORKDIR', '# where\nWORKDIR')}\n\n`],
    ['instruction case', base.replace('FROM', 'from').replace('WORKDIR', 'workdir')],
    ['whitespace runs and indentation', base.replace('RUN npm ci &&', '   RUN    npm ci\t&&')],
    ['line continuations', base.replace('npm ci && npm', 'npm ci \\\n    && npm')],
    ['CRLF line endings', base.replace(/\n/g, '\r\n')],
  ])('ignores %s', (_label, variant) => {
    expect(dockerfileHash(variant)).toBe(dockerfileHash(base));
  });

  it.each([
    ['a different tag', base.replace('22-bookworm', '20-bookworm')],
    ['a different command', base.replace('server.js', 'main.js')],
    ['argument case', base.replace('/app', '/App')],
    ['an extra instruction', `${base}USER node\n`],
  ])('tells apart %s', (_label, variant) => {
    expect(dockerfileHash(variant)).not.toBe(dockerfileHash(base));
  });

  it('keeps heredoc bodies verbatim, including lines that look like comments', () => {
    const heredoc = (body: string) => `FROM python:3.12-slim\nRUN <<EOF\n${body}\nEOF\nCMD ["python"]\n`;
    expect(normaliseDockerfile(heredoc('# keep\nif x:\n    y'))).toContain('# keep\nif x:\n    y\nEOF');
    expect(dockerfileHash(heredoc('if x:\n    y'))).not.toBe(dockerfileHash(heredoc('if x:\n  y')));
    expect(dockerfileHash(heredoc('a'))).toBe(dockerfileHash(heredoc('a').replace('RUN  ', 'RUN ')));
  });

  it('is a hex sha256', () => {
    expect(dockerfileHash(base)).toMatch(/^[0-9a-f]{64}$/);
  });
});

import { describe, expect, it } from 'vitest';
import { isToolError } from '../../src/errors.js';
import { maskDockerfileSecrets, maskKeyValueSecrets, refusePrivateKeys } from '../../src/patterns/secrets.js';

describe('maskDockerfileSecrets', () => {
  it.each([
    ['ENV API_TOKEN=abc123', 'ENV API_TOKEN=****'],
    ['ENV DB_PASSWORD="hunter 2" PORT=3000', 'ENV DB_PASSWORD="****" PORT=3000'],
    ["ARG NPM_AUTH_TOKEN='s3cr3t'", "ARG NPM_AUTH_TOKEN='****'"],
    ['ENV SECRET_KEY some long value', 'ENV SECRET_KEY ****'],
    ['env aws_secret_access_key=wJalrXUtnFEMI', 'env aws_secret_access_key=****'],
    ['ENV GITHUB=ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'ENV GITHUB=ghp_****'],
    ['ENV KEY_ID=AKIAIOSFODNN7EXAMPLE', 'ENV KEY_ID=AKIA****'],
    ['ENV DATABASE_URL=postgres://app:pw@db:5432/app', 'ENV DATABASE_URL=postgres://app:****@db:5432/app'],
    [
      'RUN curl -H "Authorization: Bearer ghp_abcdefghijklmnopqrstuvwxyz0123456789" x',
      'RUN curl -H "Authorization: Bearer ghp_****" x',
    ],
  ])('%s → %s', (line, expected) => {
    expect(maskDockerfileSecrets(`FROM busybox\n${line}\n`)).toBe(`FROM busybox\n${expected}\n`);
  });

  it.each([
    'ENV PORT=3000 NODE_ENV=production',
    'ARG API_TOKEN',
    `ENV API_TOKEN=\${API_TOKEN}`,
    'ENV API_TOKEN=$API_TOKEN',
    'ENV DB_PASSWORD_FILE=/run/secrets/db_password',
    'ENV AUTHOR=ada',
    'RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci',
  ])('leaves %s alone', (line) => {
    expect(maskDockerfileSecrets(`FROM busybox\n${line}\n`)).toBe(`FROM busybox\n${line}\n`);
  });

  it('masks every pair of a continued ENV instruction and keeps its layout', () => {
    const dockerfile =
      'FROM busybox\nENV PORT=1 \\\n    API_KEY=k3y \\\n    MODE=x\nRUN echo API_KEY=visible\n';
    expect(maskDockerfileSecrets(dockerfile)).toBe(
      'FROM busybox\nENV PORT=1 \\\n    API_KEY=**** \\\n    MODE=x\nRUN echo API_KEY=visible\n',
    );
  });
});

describe('maskKeyValueSecrets', () => {
  it('masks secret-named values in compose YAML, in both environment forms', () => {
    const compose = [
      'services:',
      '  db:',
      '    environment:',
      '      POSTGRES_PASSWORD: example',
      '      POSTGRES_USER: app',
      '      POSTGRES_PASSWORD_FILE: /run/secrets/db',
      '  app:',
      '    environment:',
      '      - API_TOKEN=abc',
      `      - SESSION_SECRET=\${SESSION_SECRET:-dev-secret}`,
      '      - REDIS_URL=redis://cache:6379',
    ].join('\n');
    const masked = maskKeyValueSecrets(compose);
    expect(masked).toContain('POSTGRES_PASSWORD: ****');
    expect(masked).toContain('POSTGRES_USER: app');
    expect(masked).toContain('POSTGRES_PASSWORD_FILE: /run/secrets/db');
    expect(masked).toContain('- API_TOKEN=****');
    expect(masked).toContain('- SESSION_SECRET=****');
    expect(masked).toContain('REDIS_URL=redis://cache:6379');
    expect(masked).not.toMatch(/example|abc|dev-secret/);
  });
});

describe('refusePrivateKeys', () => {
  it.each(['RSA ', 'EC ', 'OPENSSH ', ''])('refuses a %sPRIVATE KEY block', (kind) => {
    const text = `FROM busybox\nRUN echo "-----BEGIN ${kind}PRIVATE KEY-----\nMIIB\n-----END ${kind}PRIVATE KEY-----"\n`;
    let caught: unknown;
    try {
      refusePrivateKeys({ Dockerfile: text });
    } catch (error) {
      caught = error;
    }
    expect(isToolError(caught) && caught.code).toBe('REFUSED');
    expect(String((caught as Error).message)).toMatch(/Dockerfile contains a private key/);
  });

  it('accepts public keys and certificates', () => {
    expect(() =>
      refusePrivateKeys({ Dockerfile: 'COPY x /\n-----BEGIN PUBLIC KEY-----\n-----BEGIN CERTIFICATE-----' }),
    ).not.toThrow();
  });
});

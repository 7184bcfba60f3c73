import { describe, expect, it } from 'vitest';
import { buildStepOf } from '../../src/assess/build-step.js';
import { multiStageCriterion, startupCriterion, vulnerabilityCriterion } from '../../src/assess/criteria.js';
import { checkDockerignore } from '../../src/assess/dockerignore-check.js';
import { finalBaseOf } from '../../src/assess/final-base.js';
import { measuredOutcome, summarise, unknownOutcome } from '../../src/assess/model.js';
import { secretEnvNames } from '../../src/assess/security-checks.js';
import { inferStack, sizeBudget } from '../../src/assess/stack.js';
import { checkUser, uidFromPasswd } from '../../src/assess/user.js';
import { parseDockerfile } from '../../src/dockerfile/parse/parse.js';
import { scanTextForSecrets } from '../../src/scan/secrets/scan-text.js';
import { removeTree, tempTree } from '../helpers/temp-tree.js';

const PASSWD =
  'root:x:0:0:root:/root:/bin/bash\ntoor:x:0:0::/root:/bin/sh\nnode:x:1000:1000::/home/node:/bin/bash\n';
const noImage = { env: [] as string[] };

describe('inferStack', () => {
  const stackOf = (dockerfile: string) => inferStack(parseDockerfile(dockerfile), noImage);
  it('takes the final stage base image', () => expect(stackOf('FROM python:3.11-slim\n')).toBe('python'));
  it('calls a Go build copied into scratch static', () =>
    expect(stackOf('FROM golang:1.19 AS build\nFROM scratch\nCOPY --from=build /app /app\n')).toBe('static'));
  it('falls back to any stage', () =>
    expect(stackOf('FROM node:20 AS build\nFROM debian:bookworm-slim\n')).toBe('node'));
  it('reads the image environment without a Dockerfile', () =>
    expect(inferStack(undefined, { env: ['PYTHON_VERSION=3.11.2'] })).toBe('python'));
  it('reads the command without a Dockerfile', () =>
    expect(inferStack(undefined, { env: [], cmd: ['/usr/local/bin/node', 'server.js'] })).toBe('node'));
  it('calls a file server final stage static', () =>
    expect(stackOf('FROM node:20 AS build\nFROM caddy:2.10\n')).toBe('static'));
  it('calls busybox httpd static before looking at the build stage', () =>
    expect(
      inferStack(parseDockerfile('FROM node:20 AS build\nFROM busybox:1.36\n'), {
        env: [],
        cmd: ['busybox', 'httpd', '-f', '-h', '/www'],
      }),
    ).toBe('static'));
  it('says other when nothing tells', () =>
    expect(inferStack(undefined, { env: [], cmd: ['sh'] })).toBe('other'));
});

describe('sizeBudget', () => {
  it('keeps the stack budget when the base is small', () =>
    expect(sizeBudget('node', { ref: 'node:20-alpine', sizeBytes: 60e6 })).toEqual({
      mb: 200,
      basis: 'node',
    }));
  it('never asks less than the base plus the app share', () =>
    expect(sizeBudget('static', { ref: 'caddy:2.6', sizeBytes: 195.2e6 })).toEqual({
      mb: 216,
      basis: 'static: base caddy:2.6 196 MB + 20 MB',
    }));
  it('uses the stack budget when the base is unknown', () =>
    expect(sizeBudget('go', undefined)).toEqual({ mb: 50, basis: 'go' }));
});

describe('buildStepOf', () => {
  const step = (text: string) => buildStepOf(parseDockerfile(text));
  it('finds an install in the only stage', () =>
    expect(step('FROM python:3.11\nRUN useradd app\nRUN pip install -r requirements.txt\n')).toBe(
      'pip install -r requirements.txt',
    ));
  it('sees nothing built in a stage that adds a user and copies files', () =>
    expect(step('FROM python:3.11\nRUN groupadd app && useradd -g app app\nCOPY . .\n')).toBeUndefined());
  it('leaves multi-stage files alone', () =>
    expect(step('FROM golang:1.22 AS build\nRUN go build -o /app\nFROM scratch\n')).toBeUndefined());
});

describe('finalBaseOf', () => {
  it('follows FROM <stage> back to an image', () =>
    expect(finalBaseOf(parseDockerfile('FROM node:20 AS deps\nFROM deps AS run\nFROM run\n'))).toBe(
      'node:20',
    ));
  it('names the final image', () =>
    expect(finalBaseOf(parseDockerfile('FROM node:20 AS build\nFROM caddy:2.6\n'))).toBe('caddy:2.6'));
});

describe('checkUser', () => {
  const passwd = async () => PASSWD;
  it('finds a uid in passwd', () => expect(uidFromPasswd(PASSWD, 'node')).toBe(1000));
  it('fails no USER', async () => expect((await checkUser('', passwd)).runsAsRoot).toBe(true));
  it('fails uid 0 with a group', async () =>
    expect((await checkUser('0:1000', passwd)).runsAsRoot).toBe(true));
  it('passes a numeric uid without reading passwd', async () =>
    expect(await checkUser('10001', () => Promise.reject(new Error('not read')))).toEqual({
      runsAsRoot: false,
      measured: 'uid 10001',
    }));
  it('passes a name with a non-zero uid', async () =>
    expect(await checkUser('node:node', passwd)).toEqual({ runsAsRoot: false, measured: 'node (uid 1000)' }));
  it('fails a name that maps to uid 0', async () =>
    expect(await checkUser('toor', passwd)).toMatchObject({ runsAsRoot: true, measured: 'toor (uid 0)' }));
  it('fails a name the image does not know', async () =>
    expect(await checkUser('ghost', passwd)).toMatchObject({
      runsAsRoot: true,
      reason: expect.stringMatching(/not in the image's \/etc\/passwd/),
    }));
  it('is unknown without a passwd file', async () =>
    expect((await checkUser('app', async () => undefined)).runsAsRoot).toBeUndefined());
});

describe('checkDockerignore', () => {
  it('lists what a partial file does not exclude', async () => {
    const dir = await tempTree({ '.dockerignore': '.git\n**/.env\nnode_modules\n' });
    try {
      expect(await checkDockerignore(dir)).toEqual({ present: true, notExcluded: ['*.pem', 'id_rsa'] });
    } finally {
      await removeTree(dir);
    }
  });
  it('reports a missing file', async () => {
    const dir = await tempTree({ Dockerfile: 'FROM scratch\n' });
    try {
      expect((await checkDockerignore(dir)).present).toBe(false);
    } finally {
      await removeTree(dir);
    }
  });
});

describe('secretEnvNames', () => {
  it('flags secret names with values and secret-looking values', () =>
    expect(
      secretEnvNames([
        'DB_PASSWORD=hunter2',
        'NOTE=ghp_0123456789abcdefghijABCDEFGHIJ012345',
        'API_KEY=',
        'GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D',
        'PASSWORD_FILE=/run/secrets/db',
        'NODE_ENV=production',
      ]),
    ).toEqual(['DB_PASSWORD', 'NOTE']));
});

describe('summarise', () => {
  const pass = measuredOutcome('image-size', 'Size', '≤ 1 MB', true, '1 MB');
  const fail = measuredOutcome('non-root', 'User', 'uid ≠ 0', false, 'root', { reason: 'root' });
  const unknown = unknownOutcome('build-time', 'Build', '≤ 5 min', 'not given');
  it('fails when one fails', () =>
    expect(summarise('i', 'node', [pass, fail, unknown]).verdict).toBe('fail'));
  it('is incomplete, not a pass, with an unknown', () =>
    expect(summarise('i', 'node', [pass, unknown])).toMatchObject({
      verdict: 'incomplete',
      pass: false,
      score: 50,
    }));
  it('passes when all pass', () =>
    expect(summarise('i', 'node', [pass])).toMatchObject({ verdict: 'pass', pass: true, score: 100 }));
  it('keeps no reason on a pass', () => expect(pass.reason).toBeUndefined());
});

describe('criteria', () => {
  it('blames a long HEALTHCHECK interval for a slow start-up', () => {
    const slow = startupCriterion(
      { test: ['CMD', 'true'], intervalMs: 30_000 },
      { outcome: 'healthy', elapsedMs: 30_400 },
    );
    expect(slow).toMatchObject({ status: 'fail', measured: '30.4 s' });
    expect(slow.reason).toMatch(/interval is 30.0 s/);
  });
  it('passes a single-stage static site, not a single-stage Node app', () => {
    expect(multiStageCriterion(1, 'static')).toMatchObject({
      status: 'pass',
      budget: '≥ 1 stage (static files)',
    });
    expect(multiStageCriterion(1, 'node', 'npm ci')).toMatchObject({
      status: 'fail',
      budget: '≥ 2 stages, or 1 that builds nothing',
    });
    expect(multiStageCriterion(1, 'python')).toMatchObject({
      status: 'pass',
      measured: '1 stage, nothing built',
    });
  });
  it('keeps unknown vulnerability data unknown', () =>
    expect(vulnerabilityCriterion({ known: false, reason: 'no data' })).toMatchObject({
      status: 'unknown',
      reason: 'no data',
    }));
});

describe('private-key rule the secrets criterion relies on', () => {
  it('ignores documentation placeholders', () =>
    expect(
      scanTextForSecrets(
        'key="-----BEGIN PRIVATE KEY-----\\nXXXX\\nXXXX\\n-----END PRIVATE KEY-----"',
        'a.js',
      ),
    ).toEqual([]));
  it('still finds a key with a base64 body', () =>
    expect(
      scanTextForSecrets(
        `-----BEGIN RSA PRIVATE KEY-----\nMIICXAIBAAKBgQC7${'q'.repeat(60)}\n-----END RSA PRIVATE KEY-----\n`,
        'id_rsa',
      ),
    ).toHaveLength(1));
});

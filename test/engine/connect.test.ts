import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveEndpoint } from '../../src/engine/connect.js';

describe('resolveEndpoint: the docker CLI order', () => {
  const config = mkdtempSync(path.join(os.tmpdir(), 'dw-dockercfg-'));

  it('uses DOCKER_HOST first: unix, tcp, tcp with TLS, ssh', () => {
    expect(resolveEndpoint({ DOCKER_HOST: 'unix:///run/user/1000/docker.sock' }).options).toEqual({
      socketPath: '/run/user/1000/docker.sock',
    });
    expect(resolveEndpoint({ DOCKER_HOST: 'tcp://10.0.0.5:2375' }).options).toMatchObject({
      protocol: 'http',
      host: '10.0.0.5',
      port: 2375,
    });
    const certs = mkdtempSync(path.join(os.tmpdir(), 'dw-certs-'));
    for (const f of ['ca.pem', 'cert.pem', 'key.pem']) writeFileSync(path.join(certs, f), f);
    const tls = resolveEndpoint({
      DOCKER_HOST: 'tcp://build.internal:2376',
      DOCKER_TLS_VERIFY: '1',
      DOCKER_CERT_PATH: certs,
    });
    expect(tls.options).toMatchObject({ protocol: 'https', host: 'build.internal', port: 2376 });
    expect(tls.options.ca?.toString()).toBe('ca.pem');
    expect(resolveEndpoint({ DOCKER_HOST: 'ssh://deploy@box.internal' }).options).toMatchObject({
      protocol: 'ssh',
      host: 'box.internal',
      username: 'deploy',
      port: 22,
    });
  });

  it('then DOCKER_CONTEXT or the current context in config.json', () => {
    const id = createHash('sha256').update('remote').digest('hex');
    mkdirSync(path.join(config, 'contexts/meta', id), { recursive: true });
    writeFileSync(
      path.join(config, 'contexts/meta', id, 'meta.json'),
      JSON.stringify({ Name: 'remote', Endpoints: { docker: { Host: 'tcp://10.1.2.3:2375' } } }),
    );
    writeFileSync(path.join(config, 'config.json'), JSON.stringify({ currentContext: 'remote' }));
    const fromConfig = resolveEndpoint({ DOCKER_CONFIG: config });
    expect(fromConfig).toMatchObject({ source: 'context', context: 'remote', options: { host: '10.1.2.3' } });
    expect(resolveEndpoint({ DOCKER_CONFIG: config, DOCKER_CONTEXT: 'remote' }).context).toBe('remote');
  });

  it('falls back to the default socket', () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'dw-empty-'));
    expect(resolveEndpoint({ DOCKER_CONFIG: empty })).toMatchObject({
      source: 'default',
      options: { socketPath: '/var/run/docker.sock' },
    });
  });
});

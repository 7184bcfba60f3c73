import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateCompose } from '../../../src/compose/generate/generate-compose.js';
import { validateCompose } from '../../../src/compose/validate.js';
import { runProcess } from '../../../src/exec/process.js';
import { detectProject } from '../../../src/project/index.js';
import { tempTree } from '../../helpers/temp-tree.js';

import { sampleProjects } from './sample-projects.js';

const WITH_EVERY_SERVICE = {
  'package.json': JSON.stringify({
    dependencies: { pg: '8', mysql2: '3', ioredis: '5', mongoose: '8', amqplib: '0.10', express: '4' },
    scripts: { start: 'node index.js' },
  }),
  'index.js': 'app.listen(3000)',
};

interface ComposeDoc {
  services: Record<string, Record<string, unknown>>;
  volumes?: Record<string, unknown>;
  secrets?: Record<string, { file: string }>;
}

describe('compose.yaml generation', () => {
  it('adds each inferred service with a healthcheck, a named volume, limits and no public port', async () => {
    const { compose } = await generateCompose(detectProject(tempTree(WITH_EVERY_SERVICE)));
    const doc = parse(compose) as ComposeDoc;
    expect(Object.keys(doc.services).sort()).toEqual([
      'app',
      'mongodb',
      'mysql',
      'postgres',
      'rabbitmq',
      'redis',
    ]);
    for (const name of ['postgres', 'mysql', 'redis', 'mongodb', 'rabbitmq']) {
      const service = doc.services[name];
      expect(service.healthcheck).toBeDefined();
      expect(service.ports).toBeUndefined();
      expect(service.deploy).toMatchObject({ resources: { limits: { memory: expect.any(String) } } });
      expect(doc.volumes).toHaveProperty(`${name}-data`);
    }
    expect(doc.services.app.depends_on).toEqual({
      postgres: { condition: 'service_healthy' },
      mysql: { condition: 'service_healthy' },
      redis: { condition: 'service_healthy' },
      mongodb: { condition: 'service_healthy' },
      rabbitmq: { condition: 'service_healthy' },
    });
    expect(doc.services.app.ports).toEqual(['127.0.0.1:3000:3000']);
    expect(doc.secrets?.postgres_password).toEqual({ file: './secrets/postgres_password.txt' });
    expect(compose).not.toMatch(/PASSWORD:\s*\S/);
  });

  it.each(Object.keys(sampleProjects()).concat('every-service'))(
    '%s: passes our Compose validation and docker-compose config',
    async (name) => {
      const dir = name === 'every-service' ? tempTree(WITH_EVERY_SERVICE) : tempTree({});
      const source = name === 'every-service' ? dir : sampleProjects()[name];
      const { compose } = await generateCompose(detectProject(source));
      writeFileSync(path.join(dir, 'compose.yaml'), compose);
      const report = await validateCompose({ workingDir: dir, files: [path.join(dir, 'compose.yaml')] });
      expect(report.errors).toEqual([]);
      expect(report.valid).toBe(true);
      // Compose v1 is what this machine has (ENVIRONMENT.md); `config -q` validates without starting anything.
      const cli = await runProcess('docker-compose', ['-f', path.join(dir, 'compose.yaml'), 'config', '-q'], {
        cwd: dir,
      });
      expect(cli.stderr).toBe('');
      expect(cli.exitCode).toBe(0);
    },
  );
});

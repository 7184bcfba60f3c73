import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectInMemory, type TestClient } from '../../helpers/mcp.js';
import { STACK_DIR } from './stack.js';

describe('compose_config (MCP)', () => {
  let mcp: TestClient;
  beforeAll(async () => {
    mcp = await connectInMemory();
  });
  afterAll(() => mcp.close());

  it('returns the normalised model in long syntax', async () => {
    const out = await mcp.ok<{
      project: string;
      services: string[];
      model: { services: Record<string, Record<string, unknown>> };
    }>('compose_config', { dir: STACK_DIR, projectName: 'cfgtest' });
    expect(out.project).toBe('cfgtest');
    expect(out.services).toEqual(['app', 'db', 'cache']);
    expect(out.model.services.app.depends_on).toEqual({
      db: { condition: 'service_healthy', required: true, restart: false },
      cache: { condition: 'service_started', required: true, restart: false },
    });
    expect(out.model.services.app.ports).toEqual([
      { target: 8080, host_ip: '127.0.0.1', protocol: 'tcp', mode: 'ingress' },
    ]);
    expect(out.model.services.db.volumes).toEqual([{ type: 'volume', source: 'db-data', target: '/data' }]);
    expect(String((out.model.services.db.command as string[])[2])).toContain('sleep 3;');
  });

  it('fails with the problems of an invalid file', async () => {
    const text = await mcp.fails('compose_config', {
      dir: 'test/compose/fixtures/invalid',
      files: ['cycle.yaml'],
    });
    expect(text).toMatch(/cycle\.yaml:2: error reference: services\.a depends_on forms a cycle/);
  });
});

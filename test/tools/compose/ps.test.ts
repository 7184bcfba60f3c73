import { describe, expect, it } from 'vitest';
import { type PsResult, useRunningStack } from './stack.js';

describe('compose_ps (MCP, real engine)', () => {
  const stack = useRunningStack('ps');

  it('compose_ps shows health, limits, restarts and ports by label (no compose file needed)', async () => {
    const out = await stack.mcp.ok<PsResult>('compose_ps', { projectName: stack.projectName });
    expect(out.services.map((s) => s.service)).toEqual(['app', 'cache', 'db']);
    const [app, cache, db] = out.services;
    expect(db.containers[0]).toMatchObject({
      health: 'healthy',
      memoryLimitBytes: 96 * 1048576,
      restarts: 0,
    });
    expect(app.containers[0]).toMatchObject({ memoryLimitBytes: 64 * 1048576, cpus: 0.5 });
    // The container's whole state in the message: a CI run once found no port here.
    expect(app.containers[0].ports[0] ?? 'no port', JSON.stringify(app.containers[0])).toMatch(
      /^127\.0\.0\.1:\d+->8080\/tcp$/,
    );
    expect(cache.containers[0].memoryLimitBytes).toBe(32 * 1048576);
    const text = await stack.mcp.call('compose_ps', { projectName: stack.projectName });
    expect((text.content as { text: string }[])[0].text).toMatch(
      /db .*running \(healthy\) restarts 0 \[mem 96MiB\]/,
    );
  });
});

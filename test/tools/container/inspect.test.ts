import { describe, expect, it } from 'vitest';
import { useHttpd } from '../../helpers/containers.js';

describe('container_inspect (real engine)', () => {
  const ctx = useHttpd();

  it('summarises state and masks secret environment values', async () => {
    const out = await ctx.mcp.ok<{ status: string; env: string[]; ports: string[]; exitCode: number }>(
      'container_inspect',
      { container: ctx.name },
    );
    expect(out.status).toBe('running');
    expect(out.env).toContain('GREETING=hi');
    expect(out.env).toContain('DB_PASSWORD=****');
    expect(JSON.stringify(out)).not.toContain('hunter2');
    expect(out.ports[0]).toMatch(/^127\.0\.0\.1:\d+->80\/tcp$/);
  });

  it('names a missing container and the next step', async () => {
    const text = await ctx.mcp.fails('container_inspect', { container: 'no-such-container-dw' });
    expect(text).toMatch(/NOT_FOUND.*no-such-container-dw/s);
    expect(text).toMatch(/container_list/);
  });

  it('refuses an option-like name', async () => {
    expect(await ctx.mcp.fails('container_inspect', { container: '--all' })).toMatch(/INVALID_ARGUMENT/);
  });
});

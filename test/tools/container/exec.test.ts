import { describe, expect, it } from 'vitest';
import { useHttpd } from '../../helpers/containers.js';

describe('container_exec (real engine)', () => {
  const ctx = useHttpd();

  it('returns the exit code and both streams', async () => {
    const out = await ctx.mcp.ok<{ exitCode: number; stdout: string; stderr: string }>('container_exec', {
      container: ctx.name,
      command: ['sh', '-c', 'echo out; echo err >&2; exit 3'],
    });
    expect(out.exitCode).toBe(3);
    expect(out.stdout).toContain('out');
    expect(out.stderr).toContain('err');
  });

  it('stops waiting at the timeout', async () => {
    const started = Date.now();
    const out = await ctx.mcp.ok<{ timedOut: boolean }>('container_exec', {
      container: ctx.name,
      command: ['sleep', '30'],
      timeoutSeconds: 1,
    });
    expect(out.timedOut).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

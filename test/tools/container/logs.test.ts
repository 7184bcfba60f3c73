import { afterAll, describe, expect, it } from 'vitest';
import { removeLabelled, requireImage, TEST_LABELS, uniqueName } from '../../helpers/docker.js';
import { connectInMemory, withClient } from '../../helpers/mcp.js';

describe('container_logs (real engine)', () => {
  afterAll(() => removeLabelled());

  it('tails both streams, masks secrets and fences the text as untrusted', async () => {
    await requireImage('busybox:latest');
    await withClient(connectInMemory(), async (mcp) => {
      const name = uniqueName('dw-logs');
      await mcp.ok('container_run', {
        image: 'busybox:latest',
        name,
        labels: TEST_LABELS,
        command: [
          'sh',
          '-c',
          'echo "oops" >&2; sleep 1; for i in $(seq 1 50); do echo "line $i"; done; echo "API_TOKEN=abc123supersecret"; sleep 60',
        ],
      });
      // The engine keeps one log for both streams, in the order it read its pipes, and applies
      // `tail` to it before filtering by stream: the stderr line is written first and apart.
      let everything = { logs: '' };
      for (let i = 0; i < 50 && !everything.logs.includes('API_TOKEN'); i++) {
        await new Promise((r) => setTimeout(r, 200));
        everything = await mcp.ok('container_logs', { container: name, tail: 100 });
      }
      expect(everything.logs).toContain('line 1\n');
      expect(everything.logs).toContain('oops');
      const out = await mcp.ok<{ logs: string; lines: number; truncated: boolean }>('container_logs', {
        container: name,
        tail: 10,
      });
      expect(out.truncated).toBe(false);
      expect(out.lines).toBe(10);
      expect(out.logs).toContain('line 50');
      expect(out.logs).not.toContain('line 30');
      expect(out.logs).not.toContain('oops');
      expect(out.logs).toContain('API_TOKEN=****');
      expect(out.logs).not.toContain('abc123supersecret');
      expect(out.logs).toMatch(/^<<<UNTRUSTED/);
      const stderrOnly = await mcp.ok<{ logs: string }>('container_logs', {
        container: name,
        stream: 'stderr',
      });
      expect(stderrOnly.logs).toContain('oops');
      expect(stderrOnly.logs).not.toContain('line 1');
    });
  });
});

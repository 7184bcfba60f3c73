import { describe, expect, it } from 'vitest';
import { STACK_DIR, useRunningStack } from './stack.js';

describe('compose_logs (MCP, real engine)', () => {
  const stack = useRunningStack('logs');

  it('compose_logs returns masked, fenced logs per service', async () => {
    const out = await stack.mcp.ok<{ logs: { service: string; text: string }[] }>('compose_logs', {
      dir: STACK_DIR,
      projectName: stack.projectName,
      services: ['db'],
      tail: 5,
    });
    expect(out.logs).toHaveLength(1);
    expect(out.logs[0].text).toContain('PASSWORD=****');
    expect(out.logs[0].text).not.toContain('hunter2');
    expect(out.logs[0].text).toMatch(/^<<<UNTRUSTED logs of /);
  });
});

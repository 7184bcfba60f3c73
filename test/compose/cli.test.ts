import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { composeCommand, stackCommand } from '../../src/cli/compose.js';

const fixtures = path.join(import.meta.dirname, 'fixtures');

function captureStdout(): () => string {
  const chunks: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  return () => chunks.join('');
}

describe('dockwright compose / stack (CLI)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('validate exits 0 on a clean file and prints findings with file:line', async () => {
    const output = captureStdout();
    expect(await composeCommand(['validate', path.join(fixtures, 'valid'), '-f', 'minimal.yaml'])).toBe(0);
    expect(output()).toMatch(/^valid: valid\nminimal\.yaml:2: warning DC003/);
  });

  it('validate exits 1 on spec errors and on error-level lint findings', async () => {
    const output = captureStdout();
    expect(await composeCommand(['validate', path.join(fixtures, 'invalid'), '-f', 'bad-port.yaml'])).toBe(1);
    expect(await composeCommand(['validate', path.join(fixtures, 'risky'), '--json'])).toBe(1);
    expect(output()).toContain('bad-port.yaml:6: error schema: services.web.ports[1]');
  });

  it('ps on a project with no containers says so', async () => {
    const output = captureStdout();
    expect(await composeCommand(['ps', '-p', 'dwtest-nothing-here'])).toBe(0);
    expect(output()).toContain('project dwtest-nothing-here has no containers');
  });

  it('prints usage and exits 2 without a verb', async () => {
    captureStdout();
    expect(await composeCommand([])).toBe(2);
    expect(await stackCommand([])).toBe(2);
  });
});

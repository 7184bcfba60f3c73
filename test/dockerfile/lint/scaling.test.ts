import { describe, expect, it } from 'vitest';
import { lintDockerfile } from '../../../src/dockerfile/lint/engine.js';
import { MAX_DOCKERFILE_LINES } from '../../../src/dockerfile/lint/input-limits.js';
import { initShellParser } from '../../../src/dockerfile/shell/parser.js';
import { cpuMillis } from '../../helpers/cpu.js';

/** The shape of the denial-of-service file of issue 14: one RUN line after another. */
function runLines(count: number): string {
  const lines = ['FROM debian:bookworm-slim', 'ENV MODE=prod', 'WORKDIR /app'];
  for (let i = 0; i < count; i++) {
    lines.push(
      `RUN apt-get update && apt-get install -y curl-${i} && pip install x${i} && echo done-${i} > /tmp/x`,
    );
  }
  return `${lines.join('\n')}\n`;
}

describe('lint time grows linearly with the number of instructions', () => {
  it('four times the lines costs about four times the CPU, not sixteen', async () => {
    await initShellParser();
    lintDockerfile(runLines(200));
    const small = cpuMillis(() => lintDockerfile(runLines(1000)));
    const large = cpuMillis(() => lintDockerfile(runLines(4000)));
    console.log(`lint CPU: 1,000 RUN lines ${small.toFixed(0)} ms, 4,000 RUN lines ${large.toFixed(0)} ms`);
    expect(large / small).toBeLessThan(7);
    expect(large).toBeLessThan(5000);
  }, 120_000);

  it('refuses the 0.92 MB file of 12,000 RUN lines at once, with a clear DL1000 finding', () => {
    const lines = ['FROM debian:bookworm-slim'];
    for (let i = 0; i < 12_000; i++) {
      lines.push(
        `RUN apt-get update && apt-get install -y curl-${String(i).padStart(5, '0')} && echo ok${i} > /tmp/out`,
      );
    }
    const text = `${lines.join('\n')}\n`;
    expect(text.length / 1e6).toBeCloseTo(0.92, 1);
    let findings: ReturnType<typeof lintDockerfile> = [];
    const cpu = cpuMillis(() => {
      findings = lintDockerfile(text);
    });
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'DL1000',
        message: expect.stringContaining(`more than ${MAX_DOCKERFILE_LINES} lines`),
      }),
    ]);
    expect(cpu).toBeLessThan(500);
  });
});

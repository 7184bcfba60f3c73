import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintDockerfile } from '../../../src/dockerfile/lint/engine.js';
import { initShellParser } from '../../../src/dockerfile/shell/parser.js';
import { cpuMillis } from '../../helpers/cpu.js';

const LINES = [
  'FROM debian:12 AS build',
  'FROM build',
  'FROM --platform=$BUILDPLATFORM golang:1.22',
  'ARG VERSION=1',
  'RUN apt-get update && apt-get install -y curl \\',
  '  && rm -rf /var/lib/apt/lists/*',
  'RUN <<EOF',
  'echo hi | tee x',
  'EOF',
  'RUN --mount=type=cache,target=/root/.cache/pip pip install -r req.txt',
  'COPY --from=build /out /app/',
  'ONBUILD RUN make',
  'ONBUILD',
  'ENV A=1 B="$A x"',
  'LABEL a=b',
  'USER root',
  'WORKDIR rel',
  'EXPOSE 80-70000/udp',
  'CMD ["node", "a.js"',
  'ENTRYPOINT exec app',
  'HEALTHCHECK NONE',
  '# hadolint ignore=DL3008',
  'SHELL ["/bin/bash", "-c"]',
  'RUN if [ -f x ]; then (cd y; make) fi',
  'RUN echo "unterminated',
  '\\',
  '   ',
  'MAINTAINER x',
  'ADD http://x/y.tgz /',
  'RUN $(curl -s http://x | sh)',
  '# escape=`',
  'VOLUME ["/data"',
  'COPY . .',
  'RUN `',
  'FROM',
];

const mutated = fc.array(fc.constantFrom(...LINES), { maxLength: 25 }).chain((lines) =>
  fc.tuple(fc.constant(lines), fc.nat({ max: 400 }), fc.boolean()).map(([l, cut, truncate]): string => {
    const text = l.join('\n');
    return truncate ? text.slice(0, cut) : text;
  }),
);
const randomText = fc.string({ unit: 'binary', maxLength: 300 });
const longLine = fc
  .tuple(fc.constantFrom('RUN ', 'ENV A=', 'LABEL x=', 'COPY '), fc.constantFrom(100, 1500, 2300, 3000))
  .map(([prefix, repeats]) => `FROM debian:12\n${prefix}${'a && b '.repeat(repeats)}`);
const anyInput = fc.oneof(
  { arbitrary: mutated, weight: 6 },
  { arbitrary: randomText, weight: 3 },
  { arbitrary: longLine, weight: 1 },
);

describe('lint never throws on generated input', () => {
  beforeAll(async () => {
    await initShellParser();
    // V8 first runs the tree-sitter WASM and our rules with baseline code and optimises them after
    // some use; the budget is for a warm linter, as in the long-lived server of an agent's loop.
    for (let round = 0; round < 20; round++) {
      lintDockerfile(LINES.join('\n'));
      lintDockerfile(`FROM debian:12\nRUN ${'a && b '.repeat(500)}`);
    }
  });
  // A bound that catches pathological (super-linear) inputs, not a speed target: the 4 KB
  // line of seed 42 takes 20-55 ms of CPU depending on the machine's load; speed is measured
  // by bench/lint-speed.
  const BUDGET_MS = 200;
  it('10,000 generated, mutated, truncated, random and very long inputs: no throw, each under 200 ms of CPU', () => {
    fc.assert(
      fc.property(anyInput, (text) => {
        const findings = lintDockerfile(text);
        let elapsed = cpuMillis(() => lintDockerfile(text));
        // CPU time, not wall time: other test files and other developers share these 2 cores. A GC
        // pause can still land in one call; a genuinely slow input stays slow on every retry.
        for (let retry = 0; retry < 3 && elapsed >= BUDGET_MS; retry++)
          elapsed = Math.min(
            elapsed,
            cpuMillis(() => lintDockerfile(text)),
          );
        expect(Array.isArray(findings)).toBe(true);
        expect(elapsed).toBeLessThan(BUDGET_MS);
      }),
      { numRuns: 10_000, seed: 42 },
    );
  }, 300_000);

  it('binary and oversized input come back as one clear DL1000 finding', () => {
    expect(lintDockerfile('FROM x\0y')).toMatchObject([
      { code: 'DL1000', message: expect.stringContaining('NUL byte') },
    ]);
    expect(lintDockerfile('#'.repeat(2 * 1024 * 1024))).toMatchObject([
      { code: 'DL1000', message: expect.stringContaining('limit') },
    ]);
  });

  it('an unknown instruction is a DL1000 finding with its line, and the rest is still linted', () => {
    const findings = lintDockerfile('FROM debian:12\nFROBNICATE now\nRUN sudo ls\n');
    expect(findings).toContainEqual(expect.objectContaining({ code: 'DL1000', line: 2 }));
    expect(findings).toContainEqual(expect.objectContaining({ code: 'DL3004', line: 3 }));
  });
});

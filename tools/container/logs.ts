import { z } from 'zod';
import { fenceUntrusted, tailText } from '../../src/security/untrusted.js';
import { containerRef } from '../../src/toolkit/schemas/container.js';
import { defineTool } from '../../src/toolkit/tool.js';

const MAX_BYTES = 16_000;

/** Both streams in the order the lines were written (by the engine's timestamps). */
function interleave(stdout: string, stderr: string, keepTimestamps: boolean): string {
  const lines = [...stdout.split('\n'), ...stderr.split('\n')].filter(Boolean);
  const stamped = lines.map((line) => {
    const space = line.indexOf(' ');
    return { at: line.slice(0, space), text: keepTimestamps ? line : line.slice(space + 1) };
  });
  stamped.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return stamped.map((l) => l.text).join('\n');
}

export default defineTool({
  name: 'container_logs',
  toolset: 'container',
  kind: 'read',
  title: 'Read container logs',
  description: "The tail of a container's stdout/stderr, secrets masked, fenced as untrusted text.",
  input: z.object({
    container: containerRef,
    tail: z.number().int().min(1).max(2000).default(100),
    sinceSeconds: z.number().int().min(1).optional(),
    stream: z.enum(['both', 'stdout', 'stderr']).default('both'),
    timestamps: z.boolean().default(false),
  }),
  output: z.object({
    container: z.string(),
    lines: z.number().int(),
    truncated: z.boolean(),
    logs: z.string().describe('Untrusted container output inside delimiters, secrets masked.'),
  }),
  async handle(ctx, input) {
    const { stdout, stderr } = await ctx.engine.containerLogs(input.container, {
      tail: input.tail,
      since: input.sinceSeconds ? Math.floor(Date.now() / 1000) - input.sinceSeconds : undefined,
      stdout: input.stream !== 'stderr',
      stderr: input.stream !== 'stdout',
      timestamps: true,
    });
    const joined = interleave(stdout, stderr, input.timestamps);
    // The engine already kept the last `tail` lines of its log, in write order across both streams.
    const { text, truncated } = tailText(joined, Number.MAX_SAFE_INTEGER, MAX_BYTES);
    return {
      container: input.container,
      lines: text ? text.split('\n').length : 0,
      truncated,
      logs: fenceUntrusted(`logs of ${input.container}`, text),
    };
  },
  summary: (out) =>
    `${out.lines} line(s) from ${out.container}${out.truncated ? ' (tail)' : ''}:\n${out.logs}`,
});

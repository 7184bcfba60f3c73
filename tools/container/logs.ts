import { z } from 'zod';
import { readContainerLog } from '../../src/containers/logs.js';
import { containerRef } from '../../src/toolkit/schemas/refs.js';
import { defineTool } from '../../src/toolkit/tool.js';

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
    const log = await readContainerLog(ctx.engine, input.container, input);
    return { container: input.container, lines: log.lines, truncated: log.truncated, logs: log.text };
  },
  summary: (out) =>
    `${out.lines} line(s) from ${out.container}${out.truncated ? ' (tail)' : ''}:\n${out.logs}`,
});

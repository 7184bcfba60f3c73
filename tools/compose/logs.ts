import { z } from 'zod';
import { projectLogs } from '../../src/compose/logs.js';
import { composeProjectFields, projectNameFrom } from '../../src/toolkit/schemas/compose.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'compose_logs',
  toolset: 'compose',
  kind: 'read',
  title: 'Read the logs of a compose stack',
  description:
    "The tail of each service's container logs in a Compose project, secrets masked, fenced as untrusted.",
  input: z.object({
    ...composeProjectFields,
    services: z.array(z.string()).max(50).optional(),
    tail: z.number().int().min(1).max(2000).default(100),
    sinceSeconds: z.number().int().min(1).optional(),
  }),
  output: z.object({
    project: z.string(),
    logs: z.array(
      z.object({
        service: z.string(),
        container: z.string(),
        lines: z.number().int(),
        truncated: z.boolean(),
        text: z.string().describe('Untrusted container output inside delimiters, secrets masked.'),
      }),
    ),
    truncated: z.boolean().describe('True when containers were left out (at most 20 are returned).'),
  }),
  async handle(ctx, input) {
    const project = await projectNameFrom(ctx, input);
    const logs = await projectLogs(ctx.engine, {
      projectName: project,
      services: input.services,
      tail: input.tail,
      sinceSeconds: input.sinceSeconds,
    });
    return { project, logs: logs.slice(0, 20), truncated: logs.length > 20 };
  },
  summary: (out) =>
    out.logs.length
      ? out.logs.map((l) => `${l.service} (${l.container}), ${l.lines} line(s):\n${l.text}`).join('\n')
      : `Project "${out.project}" has no containers to read logs from.`,
});

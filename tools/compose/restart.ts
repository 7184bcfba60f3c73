import { z } from 'zod';
import { composeRestart } from '../../src/compose/restart.js';
import { composeProjectFields, loadProjectToRun } from '../../src/toolkit/schemas/compose.js';
import { serviceNames } from '../../src/toolkit/schemas/refs.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'compose_restart',
  toolset: 'compose',
  kind: 'write',
  title: 'Restart compose services and wait until ready',
  description: "Restart a running Compose project's services (all or named) and wait until each is healthy.",
  input: z.object({
    ...composeProjectFields,
    services: serviceNames.optional(),
    timeoutSeconds: z.number().int().min(1).max(3600).default(120),
  }),
  output: z.object({
    project: z.string(),
    ok: z.boolean(),
    outcome: z.enum(['ready', 'failed', 'timeout', 'cancelled', 'cli_failed']),
    readiness: z.array(
      z.object({
        service: z.string(),
        readiness: z.enum(['ready', 'completed', 'waiting', 'failed']),
        detail: z.string(),
      }),
    ),
    elapsedMs: z.number(),
    cliOutput: z.string().optional(),
  }),
  async handle(ctx, input) {
    const { options } = await loadProjectToRun(ctx, input);
    return composeRestart(
      {
        engine: ctx.engine,
        signal: ctx.signal,
        onProgress: (c, ready, total) => ctx.progress(ready, total, `${c.service}: ${c.detail}`),
      },
      { ...options, services: input.services, timeoutMs: input.timeoutSeconds * 1000 },
    );
  },
  summary: (out) =>
    `Restart of "${out.project}": ${out.ok ? 'ready' : out.outcome}.\n${out.readiness.map((r) => `  ${r.service}: ${r.detail}`).join('\n')}${out.cliOutput ? `\n${out.cliOutput}` : ''}`,
});

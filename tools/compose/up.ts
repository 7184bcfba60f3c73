import { z } from 'zod';
import { composeUp } from '../../src/compose/up.js';
import { composeProjectFields, loadProjectToRun } from '../../src/toolkit/schemas/compose.js';
import { serviceReportSchema } from '../../src/toolkit/schemas/compose-report.js';
import { serviceNames } from '../../src/toolkit/schemas/refs.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'compose_up',
  toolset: 'compose',
  kind: 'write',
  mayConfirm: true,
  title: 'Bring a compose stack up and wait until it is ready',
  description:
    'Start a Compose project and wait until every service is healthy; on failure, its health output and logs.',
  input: z.object({
    ...composeProjectFields,
    build: z.boolean().default(false),
    services: serviceNames.optional().describe('Plus their dependencies.'),
    timeoutSeconds: z.number().int().min(1).max(3600).default(180),
    rollbackOnFailure: z.boolean().default(false).describe('Run down (keeping volumes) if not ready.'),
    logLines: z.number().int().min(1).max(500).default(30),
  }),
  output: z.object({
    project: z.string(),
    cli: z.object({ flavour: z.enum(['v2', 'v1']), version: z.string() }),
    ok: z.boolean(),
    outcome: z.enum(['ready', 'failed', 'timeout', 'cancelled', 'cli_failed']),
    elapsedMs: z.number(),
    services: z.array(serviceReportSchema),
    failure: z
      .object({
        reason: z.string(),
        service: z.string().optional(),
        state: z.string().optional(),
        health: z.string().optional(),
        lastHealthOutput: z.string().optional(),
        logs: z.string().optional().describe('Untrusted log text inside delimiters, secrets masked.'),
        cliOutput: z.string().optional(),
      })
      .optional(),
    rolledBack: z.boolean(),
  }),
  async handle(ctx, input) {
    const { options } = await loadProjectToRun(ctx, input);
    return composeUp(
      {
        engine: ctx.engine,
        signal: ctx.signal,
        onProgress: (change, ready, total) =>
          ctx.progress(ready, total, `${change.service}: ${change.detail}`),
        onCliLine: (line) => ctx.log('debug', line),
        confirm: ctx.confirm,
        workspace: ctx.workspace,
      },
      {
        ...options,
        build: input.build,
        services: input.services,
        timeoutMs: input.timeoutSeconds * 1000,
        rollbackOnFailure: input.rollbackOnFailure,
        logLines: input.logLines,
      },
    );
  },
  summary: (out) => {
    const services = out.services.map((s) => `  ${s.service}: ${s.detail}`).join('\n');
    if (out.ok)
      return `Project "${out.project}" is ready in ${(out.elapsedMs / 1000).toFixed(1)} s (compose ${out.cli.flavour}):\n${services}`;
    const f = out.failure;
    return [
      `Project "${out.project}" is not ready (${out.outcome}): ${f?.reason}.${out.rolledBack ? ' Rolled back.' : ' Left running for inspection; compose_down removes it.'}`,
      services,
      f?.lastHealthOutput ? `Last health output: ${f.lastHealthOutput}` : '',
      f?.cliOutput ? `Compose CLI said:\n${f.cliOutput}` : '',
      f?.logs ?? '',
    ]
      .filter(Boolean)
      .join('\n');
  },
});

import { z } from 'zod';
import { enforceComposePolicy } from '../../src/compose/policy.js';
import { loadOptionsFrom, projectFields } from '../../src/compose/tool-input.js';
import { serviceReportSchema } from '../../src/compose/tool-output.js';
import { composeUp, loadValidProject } from '../../src/compose/up.js';
import { defineTool } from '../../src/tool.js';

export default defineTool({
  name: 'compose_up',
  toolset: 'compose',
  kind: 'write',
  title: 'Bring a compose stack up and wait until it is ready',
  description:
    'Start a Compose project detached (docker compose v2 when present, else docker-compose v1), optionally ' +
    'building images, then wait until every service is running and every service with a healthcheck is ' +
    'healthy, reporting progress per service. On timeout or failure returns ok=false with the service at ' +
    'fault, its state, its last health-check output and its last log lines; the stack is left for ' +
    'inspection unless rollbackOnFailure is set. The file is validated first, and services that are ' +
    'privileged, use host namespaces, add capabilities, mount the Docker socket or bind-mount outside the ' +
    'workspace are refused unless the server allows them.',
  input: z.object({
    ...projectFields,
    build: z.boolean().default(false).describe('Build images before starting (up --build).'),
    services: z
      .array(z.string().regex(/^[^-]/))
      .max(50)
      .optional()
      .describe('Only these services (and their dependencies).'),
    timeoutSeconds: z
      .number()
      .int()
      .min(1)
      .max(3600)
      .default(180)
      .describe('How long to wait for ready/healthy.'),
    rollbackOnFailure: z
      .boolean()
      .default(false)
      .describe('Run down (keeping volumes) when the stack does not become ready.'),
    logLines: z
      .number()
      .int()
      .min(1)
      .max(500)
      .default(30)
      .describe('Log lines of the failing service to return.'),
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
    const options = loadOptionsFrom(ctx.workspace, input);
    const project = await loadValidProject(options);
    enforceComposePolicy(project.model, project.workingDir, ctx.policy.allow, ctx.workspace);
    return composeUp(
      {
        engine: ctx.engine,
        signal: ctx.signal,
        onProgress: (change, ready, total) =>
          ctx.progress(ready, total, `${change.service}: ${change.detail}`),
        onCliLine: (line) => ctx.log('debug', line),
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

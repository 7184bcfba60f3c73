import { z } from 'zod';
import { deployStack } from '../../src/compose/swarm.js';
import { composeProjectFields, loadProjectToRun } from '../../src/toolkit/schemas/compose.js';
import {
  describeNodes,
  describeStackServices,
  stackNodeTasksSchema,
  stackServiceSchema,
  stackTaskSchema,
} from '../../src/toolkit/schemas/stack.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'stack_deploy',
  toolset: 'stack',
  kind: 'write',
  title: 'Deploy a compose file as a Swarm stack',
  description:
    'Deploy a Compose project as a Swarm stack and wait for all replicas; reports ignored keys and failed tasks.',
  input: z.object({
    ...composeProjectFields,
    stack: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]*$/)
      .optional()
      .describe('Default: the project name.'),
    timeoutSeconds: z.number().int().min(1).max(3600).default(180),
    prune: z.boolean().default(false),
  }),
  output: z.object({
    stack: z.string(),
    ok: z.boolean(),
    outcome: z
      .enum(['converged', 'rolled_back', 'update_paused', 'timeout', 'cancelled'])
      .describe(
        "rolled_back / update_paused: the new version failed and update_config's failure_action applied",
      ),
    elapsedMs: z.number(),
    services: z.array(stackServiceSchema),
    nodes: stackNodeTasksSchema,
    problems: z.array(stackTaskSchema).describe('Failed or rejected tasks, with the error Swarm gives.'),
    ignored: z
      .array(z.object({ service: z.string(), key: z.string(), reason: z.string() }))
      .describe('Compose keys Swarm does not apply.'),
    cliIgnored: z.array(z.string()).describe('Options the docker CLI said it ignored.'),
  }),
  async handle(ctx, input) {
    const { options } = await loadProjectToRun(ctx, input, { swarm: true });
    return deployStack(
      {
        engine: ctx.engine,
        signal: ctx.signal,
        onProgress: (status) => {
          const ready = status.services.filter((s) => s.running === s.desired).length;
          ctx.progress(
            ready,
            status.services.length,
            status.services.map((s) => `${s.name} ${s.running}/${s.desired}`).join(', '),
          );
        },
      },
      { ...options, stackName: input.stack, timeoutMs: input.timeoutSeconds * 1000, prune: input.prune },
    );
  },
  summary: (out) =>
    [
      `Stack "${out.stack}" ${out.ok ? 'converged' : out.outcome === 'rolled_back' ? 'rolled back its update to the previous version' : `did not converge (${out.outcome})`} in ${(out.elapsedMs / 1000).toFixed(1)} s:`,
      describeStackServices(out.services) + describeNodes(out.nodes),
      ...out.problems.map((t) => `  task ${t.name}: ${t.currentState} ${t.error}`),
      ...out.ignored.map((i) => `  ignored by Swarm: services.${i.service}.${i.key} (${i.reason})`),
    ].join('\n'),
});

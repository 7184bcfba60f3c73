import { z } from 'zod';
import { stackStatus } from '../../src/compose/stack-status.js';
import { requireSwarmManager } from '../../src/compose/swarm.js';
import {
  describeNodes,
  describeStackServices,
  stackNodeTasksSchema,
  stackServiceSchema,
  stackTaskSchema,
} from '../../src/toolkit/schemas/stack.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'stack_status',
  toolset: 'stack',
  kind: 'read',
  title: 'Show the state of a Swarm stack',
  description:
    "A Swarm stack's services, tasks per node, last update, and failed tasks with why. Use after stack_deploy.",
  input: z.object({
    stack: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/),
  }),
  output: z.object({
    stack: z.string(),
    converged: z.boolean(),
    services: z.array(stackServiceSchema),
    nodes: stackNodeTasksSchema,
    problems: z.array(stackTaskSchema),
  }),
  async handle(ctx, input) {
    await requireSwarmManager(ctx.engine);
    return stackStatus(input.stack, ctx.signal);
  },
  summary: (out) =>
    out.services.length
      ? `Stack "${out.stack}"${out.converged ? ' (converged)' : ' (not converged)'}:\n${describeStackServices(out.services)}${describeNodes(out.nodes)}${out.problems.map((t) => `\n  task ${t.name}: ${t.currentState} ${t.error}`).join('')}`
      : `Stack "${out.stack}" has no services.`,
});

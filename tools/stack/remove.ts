import { z } from 'zod';
import { removeStack, requireSwarmManager } from '../../src/compose/swarm.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'stack_remove',
  toolset: 'stack',
  kind: 'destructive',
  title: 'Remove a Swarm stack',
  description:
    'Remove a Swarm stack (services, containers, networks; volumes kept), wait until gone and report leftovers.',
  input: z.object({
    stack: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/),
    timeoutSeconds: z.number().int().min(1).max(600).default(60),
  }),
  output: z.object({
    stack: z.string(),
    ok: z.boolean(),
    leftovers: z.object({
      services: z.array(z.string()),
      containers: z.array(z.string()),
      networks: z.array(z.string()),
    }),
  }),
  async handle(ctx, input) {
    await requireSwarmManager(ctx.engine);
    return removeStack(ctx.engine, input.stack, input.timeoutSeconds * 1000, ctx.signal);
  },
  summary: (out) => {
    const left = [...out.leftovers.services, ...out.leftovers.containers, ...out.leftovers.networks];
    return out.ok
      ? `Stack "${out.stack}" is removed.`
      : `Stack "${out.stack}" is not fully removed; left: ${left.join(', ')}.`;
  },
});

import { z } from 'zod';

export const stackServiceSchema = z.object({
  name: z.string(),
  mode: z.string(),
  running: z.number().int(),
  desired: z.number().int(),
  image: z.string(),
  ports: z.string(),
  update: z
    .object({ state: z.string(), message: z.string(), startedAt: z.string() })
    .optional()
    .describe('Last rolling update: updating, paused, completed, rollback_started, rollback_completed ...'),
});

export const stackTaskSchema = z.object({
  id: z.string(),
  name: z.string(),
  image: z.string(),
  node: z.string(),
  desiredState: z.string(),
  currentState: z.string(),
  error: z.string(),
});

export const stackNodeTasksSchema = z
  .array(z.object({ node: z.string(), tasks: z.array(stackTaskSchema) }))
  .describe('Tasks meant to run now, per node, with their current state and error.');

export function describeStackServices(services: z.infer<typeof stackServiceSchema>[]): string {
  return services
    .map(
      (s) =>
        `  ${s.name}: ${s.running}/${s.desired} (${s.mode})${s.ports ? ` ${s.ports}` : ''}${s.update ? ` update ${s.update.state}: ${s.update.message}` : ''}`,
    )
    .join('\n');
}

export function describeNodes(nodes: { node: string; tasks: z.infer<typeof stackTaskSchema>[] }[]): string {
  return nodes
    .map(
      (n) =>
        `\n  node ${n.node}: ${n.tasks.map((t) => `${t.name} ${t.currentState}${t.error ? ` (${t.error})` : ''}`).join(', ')}`,
    )
    .join('');
}

import { z } from 'zod';

export const stackServiceSchema = z.object({
  name: z.string(),
  mode: z.string(),
  running: z.number().int(),
  desired: z.number().int(),
  image: z.string(),
  ports: z.string(),
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

export function describeStackServices(services: z.infer<typeof stackServiceSchema>[]): string {
  return services
    .map((s) => `  ${s.name}: ${s.running}/${s.desired} (${s.mode})${s.ports ? ` ${s.ports}` : ''}`)
    .join('\n');
}

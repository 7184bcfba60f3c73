import { z } from 'zod';

export const findingSchema = z.object({
  code: z
    .string()
    .describe('DC001… for lint rules; schema, reference, syntax or interpolation for validation.'),
  severity: z.enum(['error', 'warning', 'info']),
  path: z.string().describe('Where in the model, e.g. services.web.ports[0].'),
  message: z.string(),
  file: z.string().optional(),
  line: z.number().int().optional(),
});

export const containerStateSchema = z.object({
  id: z.string(),
  name: z.string(),
  service: z.string(),
  state: z.string(),
  health: z.string().optional(),
  exitCode: z.number().int().optional(),
  restarts: z.number().int(),
  restartPolicy: z.string().optional(),
  ports: z.array(z.string()),
  memoryLimitBytes: z.number().optional(),
  cpus: z.number().optional(),
  oomKilled: z.boolean().optional(),
  lastHealthOutput: z
    .string()
    .optional()
    .describe('Untrusted: output of the last health probe, secrets masked.'),
});

export const serviceReportSchema = z.object({
  service: z.string(),
  readiness: z.enum(['ready', 'completed', 'waiting', 'failed']),
  detail: z.string(),
  containers: z.array(containerStateSchema),
});

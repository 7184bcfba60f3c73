import { z } from 'zod';
import { BASE_ROLES, type BaseRole, isBaseRole } from '../../dockerfile/generate/index.js';

export const rationaleSchema = z.array(z.object({ choice: z.string(), why: z.string() }));

export const writtenSchema = z.array(
  z.object({
    path: z.string(),
    action: z
      .enum(['created', 'overwritten', 'unchanged', 'not-written', 'exists-differs'])
      .describe('not-written: write was false; exists-differs: a different file is there and was kept.'),
    diff: z.string().optional().describe('How the file on disk differs from the generated one.'),
  }),
);

export const writeInput = {
  write: z.boolean().default(false),
  overwrite: z.boolean().default(false),
};

export function writtenSummary(files: z.output<typeof writtenSchema>): string {
  return files.map((f) => `${f.path}: ${f.action}`).join(', ');
}

/**
 * Base image per generator role, as dockerfile_generate and project_containerize take it. The
 * roles are checked on each call rather than listed in tools/list, where every conversation
 * would pay for them; a wrong one is an INVALID_ARGUMENT that names them all.
 */
export const baseImagesField = z
  .record(z.string(), z.string().min(1))
  .refine((map) => Object.keys(map).every(isBaseRole), {
    message: `base image roles are: ${BASE_ROLES.join(', ')}`,
  })
  .transform((map) => map as Partial<Record<BaseRole, string>>)
  .optional()
  .describe('Role → image, e.g. {"node": "node:20-bookworm-slim"}.');

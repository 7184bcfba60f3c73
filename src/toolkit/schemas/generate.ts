import { z } from 'zod';
import { BASE_ROLES } from '../../dockerfile/generate/index.js';

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

/** Base image per generator role, as dockerfile_generate and project_containerize take it. */
export const baseImagesField = z
  .partialRecord(z.enum(BASE_ROLES), z.string().min(1))
  .optional()
  .describe('e.g. {"node": "node:20-bookworm-slim"}; also DOCKWRIGHT_BASE_IMAGES.');

import { z } from 'zod';
import { containerize } from '../../src/containerize/containerize.js';
import { summarizeReport } from '../../src/containerize/describe.js';
import { containerizeReport } from '../../src/toolkit/schemas/containerize.js';
import { baseImagesField } from '../../src/toolkit/schemas/generate.js';
import { projectDirFields } from '../../src/toolkit/schemas/project.js';
import { defineTool } from '../../src/toolkit/tool.js';

/** How long a container may take to pass its check: generous, as a first start may compile or migrate. */
const VERIFY_TIMEOUT_SECONDS = 120;

export default defineTool({
  name: 'project_containerize',
  toolset: 'project',
  kind: 'write',
  mayConfirm: true,
  title: 'Containerize a project in one call',
  description:
    'Detect, write Dockerfile and .dockerignore, lint, build, run, verify, scan, assess in one call; a failure says where and why.',
  input: z.object({
    ...projectDirFields,
    dryRun: z.boolean().default(false).describe('Plan only.'),
    baseImages: baseImagesField,
    port: z.number().int().min(1).max(65535).optional(),
    keepRunning: z.boolean().default(false),
    noCache: z.boolean().default(false),
    overwrite: z.boolean().default(false).describe('Replace a differing Dockerfile.'),
    tag: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._/:-]*$/)
      .optional(),
    labels: z.record(z.string(), z.string()).optional(),
  }),
  output: containerizeReport,
  handle: (ctx, input) => containerize(ctx, { ...input, timeoutSeconds: VERIFY_TIMEOUT_SECONDS }),
  textFirst: ['failure', 'checks', 'image', 'files'],
  summary: summarizeReport,
});

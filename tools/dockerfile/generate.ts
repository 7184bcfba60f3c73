import { z } from 'zod';
import { FLAVOURS, generateDockerfile, writeWithConsent } from '../../src/dockerfile/generate/index.js';
import {
  baseImagesField,
  rationaleSchema,
  writeInput,
  writtenSchema,
  writtenSummary,
} from '../../src/toolkit/schemas/generate.js';
import {
  detectInWorkspace,
  planOutput,
  planSchema,
  projectDirFields,
} from '../../src/toolkit/schemas/project.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'dockerfile_generate',
  toolset: 'dockerfile',
  kind: 'write',
  mayConfirm: true,
  title: 'Generate a Dockerfile and .dockerignore',
  description:
    'Generate a production Dockerfile and .dockerignore, with reasons, for a detected project (15 stacks).',
  input: z.object({
    ...projectDirFields,
    flavour: z.enum(FLAVOURS).default('debian'),
    port: z.number().int().min(1).max(65535).optional().describe('Overrides detection.'),
    version: z
      .string()
      .regex(/^\d+(\.\d+)?$/)
      .optional()
      .describe('Runtime, e.g. "20.19".'),
    baseImages: baseImagesField,
    privateRegistry: z
      .boolean()
      .optional()
      .describe('Registry credentials as a build secret (default: if .npmrc).'),
    syntaxLine: z
      .boolean()
      .default(false)
      .describe('Adds "# syntax=docker/dockerfile:1" (needs a registry).'),
    ...writeInput,
  }),
  output: z.object({
    plan: planSchema,
    dockerfile: z.string(),
    dockerignore: z.string(),
    rationale: rationaleSchema,
    user: z.string().describe('The user the container runs as.'),
    port: z.number().optional(),
    files: writtenSchema,
  }),
  async handle(ctx, input) {
    const plan = detectInWorkspace(ctx.workspace, input.dir, input.appDir);
    const generated = generateDockerfile(plan, input);
    const projectDir = `${plan.root}/${plan.appDir.value}`;
    const files = await writeWithConsent(
      ctx,
      projectDir,
      [
        { name: 'Dockerfile', content: generated.dockerfile },
        { name: '.dockerignore', content: generated.dockerignore },
      ],
      input,
    );
    return {
      plan: planOutput(plan, ctx.workspace),
      dockerfile: generated.dockerfile,
      dockerignore: generated.dockerignore,
      rationale: generated.rationale,
      user: generated.user,
      port: generated.port,
      files,
    };
  },
  textFirst: ['dockerfile', 'dockerignore', 'files'],
  summary: (out) =>
    `Dockerfile for ${out.plan.language.value}${out.plan.framework ? ` (${out.plan.framework.value})` : ''}, ` +
    `runs as ${out.user}${out.port ? ` on port ${out.port}` : ''}. ${writtenSummary(out.files)}.`,
});

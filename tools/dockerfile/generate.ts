import { z } from 'zod';
import {
  BASE_ROLES,
  FLAVOURS,
  generateDockerfile,
  writeWithConsent,
} from '../../src/dockerfile/generate/index.js';
import {
  detectInWorkspace,
  planOutput,
  planSchema,
  projectInput,
} from '../../src/dockerfile/generate/plan-schema.js';
import {
  rationaleSchema,
  writeInput,
  writtenSchema,
  writtenSummary,
} from '../../src/dockerfile/generate/tool-output.js';
import { defineTool } from '../../src/tool.js';

export default defineTool({
  name: 'dockerfile_generate',
  toolset: 'dockerfile',
  kind: 'write',
  title: 'Generate a Dockerfile and .dockerignore',
  description:
    'Detects the project and writes a production Dockerfile and a stack-specific .dockerignore: multi-stage, ' +
    'manifests before sources, BuildKit cache mounts, frozen production installs, pinned base tags with versions ' +
    'in ARGs, OCI labels, a non-root user, exec-form start, init where the runtime needs one and a HEALTHCHECK that ' +
    'works in that image. Returns the files and a short reason for each choice. Writes only with write: true and ' +
    'never over an existing file unless overwrite: true; otherwise shows the difference. Templates: Node, Python, Go, Rust, Java, .NET, Ruby, PHP, static sites.',
  input: z.object({
    ...projectInput,
    flavour: z
      .enum(FLAVOURS)
      .default('debian')
      .describe('Base image family: Debian slim, Alpine or distroless.'),
    port: z
      .number()
      .int()
      .min(1)
      .max(65535)
      .optional()
      .describe('The port the app listens on (overrides detection).'),
    version: z
      .string()
      .regex(/^\d+(\.\d+)?$/)
      .optional()
      .describe('Runtime version, e.g. "20.19" or "3.12".'),
    baseImages: z
      .partialRecord(z.enum(BASE_ROLES), z.string().min(1))
      .optional()
      .describe(
        'Base image per role, e.g. {"node": "node:20-bookworm-slim"}; also set by DOCKWRIGHT_BASE_IMAGES.',
      ),
    privateRegistry: z
      .boolean()
      .optional()
      .describe('Mount registry credentials as a build secret (default: when an .npmrc exists).'),
    syntaxLine: z
      .boolean()
      .default(false)
      .describe('Add "# syntax=docker/dockerfile:1" (needs a registry at build time).'),
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
  summary: (out) =>
    `Dockerfile for ${out.plan.language.value}${out.plan.framework ? ` (${out.plan.framework.value})` : ''}, ` +
    `runs as ${out.user}${out.port ? ` on port ${out.port}` : ''}. ${writtenSummary(out.files)}.`,
});

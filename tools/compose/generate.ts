import { z } from 'zod';
import { generateCompose } from '../../src/compose/generate/generate-compose.js';
import { generateMultiApp } from '../../src/compose/generate/multi-app.js';
import { writeWithConsent } from '../../src/dockerfile/generate/index.js';
import { ToolError } from '../../src/errors.js';
import { composeFileIn } from '../../src/project/apps.js';
import { detectApps } from '../../src/project/detect-apps.js';
import {
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
  name: 'compose_generate',
  toolset: 'compose',
  kind: 'write',
  mayConfirm: true,
  title: 'Generate compose.yaml',
  description:
    'Generate compose.yaml for a project: its apps (multi-app repo: a Dockerfile each, kept if present) and the databases, caches, queues needed.',
  input: z.object({
    ...projectDirFields,
    port: z.number().int().min(1).max(65535).optional().describe('Overrides detection.'),
    publishAddress: z.string().default('127.0.0.1'),
    ...writeInput,
  }),
  output: z.object({
    plan: planSchema.describe('The (first) app’s plan.'),
    compose: z.string(),
    rationale: rationaleSchema,
    filesToCreate: z.array(z.string()).describe('Secret files to create before docker compose up.'),
    files: writtenSchema,
    apps: z
      .array(
        z.object({
          service: z.string(),
          dir: z.string(),
          context: z.string(),
          dockerfile: z.string().describe('The Dockerfile compose.yaml builds with.'),
          existing: z.array(z.string()).describe('Dockerfile and compose files the app already has.'),
          port: z.number().optional(),
          findings: z
            .array(z.string())
            .describe('Lint findings of its own Dockerfile (dockerfile_fix, or overwrite).'),
          generated: z.string().describe('The generated Dockerfile (empty: no template, its own is used).'),
        }),
      )
      .optional()
      .describe('A multi-app repository’s apps, each with its own Dockerfile.'),
  }),
  async handle(ctx, input) {
    const root = ctx.workspace.resolve(input.dir, 'read');
    const apps = input.appDir ? [] : detectApps(root);
    if (apps.length > 1) {
      if (input.port !== undefined) {
        throw new ToolError(
          'INVALID_ARGUMENT',
          `port applies to one app, and ${input.dir} holds ${apps.length} (${apps.map((app) => app.dir).join(', ')}).`,
          'Pass appDir with it, or leave port out: each app keeps the port found in its code.',
        );
      }
      const generated = await generateMultiApp(root, apps, {
        ...input,
        keepExisting: !(input.write && input.overwrite),
      });
      const files = await writeWithConsent(ctx, root, generated.files, input);
      return {
        plan: planOutput(apps[0].plan, ctx.workspace),
        compose: generated.compose,
        rationale: generated.rationale,
        filesToCreate: generated.filesToCreate,
        files,
        apps: generated.apps.map(({ name, ...app }) => ({ service: name, ...app })),
      };
    }
    const plan = detectInWorkspace(ctx.workspace, input.dir, input.appDir);
    const generated = await generateCompose(plan, input);
    const projectDir = `${plan.root}/${plan.appDir.value}`;
    const files = await writeWithConsent(
      ctx,
      projectDir,
      [{ name: composeFileIn(projectDir), content: generated.compose }],
      input,
    );
    return { plan: planOutput(plan, ctx.workspace), ...generated, files };
  },
  textFirst: ['compose', 'filesToCreate', 'files'],
  summary: (out) =>
    `compose.yaml with ${(out.apps?.map((a) => a.service) ?? ['app', ...out.plan.services.map((s) => s.name)]).join(', ')}. ${writtenSummary(out.files)}.` +
    `${out.apps?.some((a) => a.existing.length > 0) ? ` Found: ${out.apps.flatMap((a) => a.existing).join(', ')}.` : ''}` +
    `${out.apps?.map((a) => (a.findings.length ? ` ${a.dockerfile}: ${a.findings.length} lint findings.` : '')).join('') ?? ''}` +
    `${out.filesToCreate.length ? ` Create first: ${out.filesToCreate.join('; ')}.` : ''}`,
});

import { z } from 'zod';
import { supportedLanguages } from '../../src/dockerfile/generate/index.js';
import { detectApps } from '../../src/project/detect-apps.js';
import {
  detectInWorkspace,
  planOutput,
  planSchema,
  projectDirFields,
} from '../../src/toolkit/schemas/project.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'project_detect',
  toolset: 'project',
  kind: 'read',
  title: 'Detect a project’s stack',
  description:
    "Detect a project's stack, each fact with its source file; project_containerize runs the whole loop.",
  input: z.object(projectDirFields),
  output: planSchema.extend({
    canGenerate: z.boolean().describe('Whether dockerfile_generate has a template for this language.'),
    apps: z
      .array(
        z.object({
          service: z.string(),
          dir: z.string(),
          context: z.string().describe('Build context: the app folder, or the workspace root.'),
          language: z.string(),
          framework: z.string().optional(),
          port: z.number().optional(),
          existing: z.array(z.string()).describe('Its Dockerfile and compose files.'),
        }),
      )
      .optional()
      .describe('Every app of a multi-app repository; the plan above is the first.'),
  }),
  async handle(ctx, input) {
    const plan = detectInWorkspace(ctx.workspace, input.dir, input.appDir);
    const apps = input.appDir ? [] : detectApps(plan.root);
    return {
      ...planOutput(plan, ctx.workspace),
      canGenerate: supportedLanguages().includes(plan.language.value),
      apps:
        apps.length > 1
          ? apps.map((app) => ({
              service: app.name,
              dir: app.dir,
              context: app.context,
              language: app.plan.language.value,
              framework: app.plan.framework?.value,
              port: app.plan.port?.value,
              existing: app.existing,
            }))
          : undefined,
    };
  },
  summary: (out) =>
    [
      `${out.language.value}${out.framework ? ` (${out.framework.value})` : ''} in ${out.dir}` +
        `${out.appDir.value === '.' ? '' : `/${out.appDir.value}`}`,
      out.packageManager
        ? `package manager ${out.packageManager.value} (from ${out.packageManager.source})`
        : 'no package manager',
      out.runtimeVersion
        ? `version ${out.runtimeVersion.value} (from ${out.runtimeVersion.source})`
        : undefined,
      out.startCommand ? `start: ${out.startCommand.value}` : undefined,
      out.port ? `port ${out.port.value}` : undefined,
      out.services.length ? `services: ${out.services.map((s) => s.name).join(', ')}` : undefined,
      out.conflicts.length ? `CONFLICT: ${out.conflicts.join(' ')}` : undefined,
      out.apps
        ? `${out.apps.length} apps: ${out.apps.map((a) => `${a.service} (${a.language}${a.port ? `, port ${a.port}` : ''}${a.existing.length ? `, has ${a.existing.join(', ')}` : ''})`).join(', ')}`
        : undefined,
    ]
      .filter(Boolean)
      .join('; ') + '.',
});

import { z } from 'zod';
import { supportedLanguages } from '../../src/dockerfile/generate/index.js';
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
    "Detect a project's stack, each fact with its source file. Use before dockerfile_generate or " +
    'compose_generate.',
  input: z.object(projectDirFields),
  output: planSchema.extend({
    canGenerate: z.boolean().describe('Whether dockerfile_generate has a template for this language.'),
  }),
  async handle(ctx, input) {
    const plan = detectInWorkspace(ctx.workspace, input.dir, input.appDir);
    return {
      ...planOutput(plan, ctx.workspace),
      canGenerate: supportedLanguages().includes(plan.language.value),
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
    ]
      .filter(Boolean)
      .join('; ') + '.',
});

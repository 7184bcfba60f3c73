import { z } from 'zod';
import { generateCompose } from '../../src/compose/generate/generate-compose.js';
import { writeWithConsent } from '../../src/dockerfile/generate/index.js';
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
    'Generate compose.yaml for a detected project: the app and the databases, caches and queues it needs.',
  input: z.object({
    ...projectDirFields,
    port: z.number().int().min(1).max(65535).optional().describe('Overrides detection.'),
    publishAddress: z.string().default('127.0.0.1'),
    ...writeInput,
  }),
  output: z.object({
    plan: planSchema,
    compose: z.string(),
    rationale: rationaleSchema,
    filesToCreate: z.array(z.string()).describe('Secret files to create before docker compose up.'),
    files: writtenSchema,
  }),
  async handle(ctx, input) {
    const plan = detectInWorkspace(ctx.workspace, input.dir, input.appDir);
    const generated = await generateCompose(plan, input);
    const projectDir = `${plan.root}/${plan.appDir.value}`;
    const files = await writeWithConsent(
      ctx,
      projectDir,
      [{ name: 'compose.yaml', content: generated.compose }],
      input,
    );
    return { plan: planOutput(plan, ctx.workspace), ...generated, files };
  },
  textFirst: ['compose', 'filesToCreate', 'files'],
  summary: (out) =>
    `compose.yaml with ${['app', ...out.plan.services.map((s) => s.name)].join(', ')}. ${writtenSummary(out.files)}.` +
    `${out.filesToCreate.length ? ` Create first: ${out.filesToCreate.join('; ')}.` : ''}`,
});

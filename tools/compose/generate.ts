import { z } from 'zod';
import { generateCompose, writeWithConsent } from '../../src/dockerfile/generate/index.js';
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
  name: 'compose_generate',
  toolset: 'compose',
  kind: 'write',
  title: 'Generate compose.yaml',
  description:
    'Detects the project and writes a compose.yaml with the app (built from its Dockerfile) and the services its ' +
    'dependencies imply (Postgres, MySQL, Redis, MongoDB, RabbitMQ): healthchecks, depends_on service_healthy, ' +
    'resource limits, named volumes, passwords through Compose secret files (never inline), database ports not ' +
    'published and the app published on 127.0.0.1. Returns the file, the reasons and the secret files to create. ' +
    'Writes only with write: true and never over an existing file unless overwrite: true.',
  input: z.object({
    ...projectInput,
    port: z.number().int().min(1).max(65535).optional().describe('The app port (overrides detection).'),
    publishAddress: z.string().default('127.0.0.1').describe('Host address the app port is published on.'),
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
  summary: (out) =>
    `compose.yaml with ${['app', ...out.plan.services.map((s) => s.name)].join(', ')}. ${writtenSummary(out.files)}.` +
    `${out.filesToCreate.length ? ` Create first: ${out.filesToCreate.join('; ')}.` : ''}`,
});

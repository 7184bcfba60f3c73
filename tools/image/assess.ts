import { z } from 'zod';
import { assessImage } from '../../src/assess/assess.js';
import { describeAssessment } from '../../src/assess/describe.js';
import { CRITERION_IDS } from '../../src/assess/model.js';
import { STACKS } from '../../src/assess/stack.js';
import { imageRef } from '../../src/toolkit/schemas/refs.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'image_assess',
  toolset: 'image',
  kind: 'write',
  title: 'Assess an image for production',
  description:
    'Production-readiness scorecard of an image (size, vulnerabilities, user, healthcheck, secrets, start-up); unknown never passes.',
  input: z.object({
    image: imageRef,
    file: z.string().optional().describe('The Dockerfile.'),
    dir: z.string().optional().describe('Build context (default: its folder).'),
    stack: z.enum(STACKS).optional().describe('For the size budget (default: inferred).'),
    sizeBudgetMb: z
      .number()
      .positive()
      .optional()
      .describe('Default: max(stack budget, base size + app share).'),
    buildDurationMs: z.number().min(0).optional().describe('If built elsewhere.'),
    runHealthcheck: z.boolean().default(true),
    timeoutSeconds: z.number().positive().max(600).default(60),
    scanEngine: z.enum(['auto', 'trivy', 'builtin']).default('auto'),
    osvDir: z.string().optional().describe('OSV records.'),
    scanTimeoutSeconds: z.number().positive().max(3600).default(120),
  }),
  output: z.object({
    image: z.string(),
    stack: z.string(),
    verdict: z.enum(['pass', 'fail', 'incomplete']),
    pass: z.boolean(),
    score: z.number(),
    counts: z.object({ pass: z.number(), fail: z.number(), unknown: z.number() }),
    criteria: z.array(
      z.object({
        id: z.enum(CRITERION_IDS),
        title: z.string(),
        status: z.enum(['pass', 'fail', 'unknown']),
        measured: z.string(),
        budget: z.string(),
        value: z.number().optional(),
        reason: z.string().optional(),
      }),
    ),
  }),
  async handle(ctx, input) {
    let step = 0;
    return assessImage(ctx.engine, {
      image: input.image,
      dockerfilePath: input.file ? ctx.workspace.resolve(input.file, 'read') : undefined,
      contextDir: input.dir ? ctx.workspace.resolve(input.dir, 'read') : undefined,
      stack: input.stack,
      sizeBudgetMb: input.sizeBudgetMb,
      buildDurationMs: input.buildDurationMs,
      measuredBuild: (imageId) => ctx.measured.get(imageId),
      runHealthcheck: input.runHealthcheck,
      healthTimeoutMs: input.timeoutSeconds * 1000,
      scan: {
        engine: input.scanEngine,
        osvSource: input.osvDir ? ctx.workspace.resolve(input.osvDir, 'read') : undefined,
        timeoutSeconds: input.scanTimeoutSeconds,
      },
      signal: ctx.signal,
      onProgress: (message) => ctx.progress(++step, undefined, message),
    });
  },
  summary: describeAssessment,
});

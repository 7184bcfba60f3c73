import { z } from 'zod';
import { assessImage } from '../../src/assess/assess.js';
import { describeAssessment } from '../../src/assess/describe.js';
import { CRITERION_IDS } from '../../src/assess/model.js';
import { STACKS } from '../../src/assess/stack.js';
import { defineTool } from '../../src/tool.js';

export default defineTool({
  name: 'image_assess',
  toolset: 'image',
  kind: 'write',
  title: 'Assess an image for production',
  description:
    'Production-readiness scorecard for an image and the Dockerfile and context it came from: final size against a ' +
    'per-stack budget, build time, HIGH/CRITICAL vulnerabilities, multi-stage build, non-root user, HEALTHCHECK ' +
    'defined and passing, .dockerignore excluding secrets and .git, no secrets in layers or environment, and ' +
    'start-up time to healthy. Runs the image briefly (its own config, no ports or mounts; the container is always ' +
    'removed) to see its healthcheck pass. Each criterion has a measured value, a budget and pass, fail or unknown ' +
    'with the reason; unknown (e.g. no vulnerability data) never counts as a pass.',
  input: z.object({
    image: z.string().regex(/^[^-]/, 'must not start with "-"').describe('Image reference to assess.'),
    dockerfile: z.string().optional().describe('Workspace path of the Dockerfile the image was built from.'),
    context: z
      .string()
      .optional()
      .describe('Workspace path of the build context (for .dockerignore; default: the Dockerfile folder).'),
    stack: z
      .enum(STACKS)
      .optional()
      .describe('Stack for the size budget (default: inferred from Dockerfile/image).'),
    sizeBudgetMb: z
      .number()
      .positive()
      .optional()
      .describe('Size budget in MB (default by stack: node 200, python 150, go/static 50, other 200).'),
    buildDurationMs: z
      .number()
      .min(0)
      .optional()
      .describe("The build's duration (image_build's durationMs); unknown when absent."),
    runHealthcheck: z.boolean().default(true).describe('Run the image to see its HEALTHCHECK pass.'),
    timeoutSeconds: z.number().positive().max(600).default(60).describe('How long to wait for healthy.'),
    scanEngine: z
      .enum(['auto', 'trivy', 'builtin'])
      .default('auto')
      .describe('Scanner for vulnerabilities and secrets.'),
    osvDir: z
      .string()
      .optional()
      .describe('Workspace path of OSV records for the built-in vulnerability matching.'),
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
      dockerfilePath: input.dockerfile ? ctx.workspace.resolve(input.dockerfile, 'read') : undefined,
      contextDir: input.context ? ctx.workspace.resolve(input.context, 'read') : undefined,
      stack: input.stack,
      sizeBudgetMb: input.sizeBudgetMb,
      buildDurationMs: input.buildDurationMs,
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

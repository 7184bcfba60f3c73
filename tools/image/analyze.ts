import { z } from 'zod';
import { analyzeImage } from '../../src/image/analyze.js';
import { SAVING_KINDS } from '../../src/image/savings.js';
import { defineTool } from '../../src/toolkit/tool.js';
import { formatMegabytes } from '../../src/units.js';

const secretFile = z.object({
  path: z.string(),
  layerIndex: z.number(),
  reason: z.string(),
  deletedLater: z.boolean(),
});

export default defineTool({
  name: 'image_analyze',
  toolset: 'image',
  kind: 'read',
  title: 'Analyze an image',
  description: "An image's base vs app share, what could come out (largest first), layers, secret files.",
  input: z.object({
    image: z.string().regex(/^[^-\s][^\s]*$/, 'an image reference'),
    limit: z.number().int().min(1).max(100).default(20),
  }),
  output: z.object({
    image: z.string(),
    tags: z.array(z.string()),
    architecture: z.string().optional(),
    os: z.string().optional(),
    totalBytes: z.number(),
    wastedBytes: z.number(),
    efficiency: z.number().describe('1 = nothing wasted.'),
    layers: z.array(
      z.object({ index: z.number(), sizeBytes: z.number(), files: z.number(), instruction: z.string() }),
    ),
    wasted: z.array(z.object({ path: z.string(), wastedBytes: z.number(), versions: z.number() })),
    largestFiles: z.array(z.object({ path: z.string(), sizeBytes: z.number(), layerIndex: z.number() })),
    runtime: z.object({
      user: z.string(),
      runsAsRoot: z.boolean(),
      workingDir: z.string().optional(),
      entrypoint: z.array(z.string()),
      cmd: z.array(z.string()),
      exposedPorts: z.array(z.string()),
      healthcheck: z
        .object({
          test: z.array(z.string()),
          intervalSeconds: z.number().optional(),
          timeoutSeconds: z.number().optional(),
          retries: z.number().optional(),
        })
        .optional(),
      envNames: z.array(z.string()),
      secretLikeEnv: z.array(z.string()),
      labels: z.record(z.string(), z.string()),
    }),
    secretFiles: z.array(secretFile),
    findings: z.array(z.string()),
    composition: z.object({
      base: z
        .object({
          image: z.string(),
          id: z.string(),
          layers: z.number(),
          sizeBytes: z.number(),
          bytes: z.number(),
          share: z.number().describe('0 to 1 of totalBytes.'),
        })
        .optional(),
      appBytes: z.number(),
      appLayers: z.number(),
    }),
    savings: z.array(
      z.object({
        kind: z.enum(SAVING_KINDS),
        bytes: z.number(),
        estimate: z.boolean(),
        advice: z.string(),
      }),
    ),
    conclusion: z.string(),
  }),
  async handle(ctx, input) {
    return analyzeImage(ctx.engine, input.image, { limit: input.limit, signal: ctx.signal });
  },
  textFirst: ['savings'],
  summary: (out) =>
    `${out.conclusion}\n${out.image}: ${out.layers.length} layers, ${formatMegabytes(out.totalBytes)}, ` +
    `${formatMegabytes(out.wastedBytes)} wasted (efficiency ${(out.efficiency * 100).toFixed(1)}%), ` +
    `runs as ${out.runtime.user}.${out.findings.length ? ` ${out.findings.length} findings.` : ''}`,
});

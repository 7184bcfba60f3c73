import { z } from 'zod';
import { shortId } from '../../src/containers/format.js';
import { historyStepText } from '../../src/image/history-text.js';
import { maskEnvEntry, maskSecretsInText } from '../../src/security/secrets.js';
import { fenceLabels } from '../../src/security/untrusted.js';
import { imageRef } from '../../src/toolkit/schemas/refs.js';
import { defineTool } from '../../src/toolkit/tool.js';
import { formatMegabytes } from '../../src/units.js';

const HISTORY_LIMIT = 40;

export default defineTool({
  name: 'image_inspect',
  toolset: 'image',
  kind: 'read',
  title: 'Inspect an image',
  description: 'Summary of one image with its layer history; secrets masked, labels fenced as untrusted.',
  input: z.object({
    image: imageRef,
    history: z.boolean().default(true),
  }),
  output: z.object({
    id: z.string(),
    tags: z.array(z.string()),
    digests: z.array(z.string()),
    sizeBytes: z.number(),
    platform: z.string(),
    created: z.string(),
    user: z.string().describe('"" means root.'),
    entrypoint: z.array(z.string()).optional(),
    cmd: z.array(z.string()).optional(),
    workdir: z.string().optional(),
    exposedPorts: z.array(z.string()),
    healthcheck: z.array(z.string()).optional(),
    env: z.array(z.string()),
    labels: z
      .string()
      .describe(
        "Untrusted: the image author's labels, one NAME=value a line inside delimiters, secrets masked.",
      ),
    layers: z.number().int(),
    history: z
      .array(z.object({ createdBy: z.string(), sizeBytes: z.number() }))
      .optional()
      .describe('Oldest first; empty layers (metadata only) have size 0.'),
    historyTruncated: z.boolean().optional(),
  }),
  async handle(ctx, input) {
    const image = await ctx.engine.inspectImage(input.image);
    const history = input.history ? (await ctx.engine.imageHistory(input.image)).reverse() : undefined;
    return {
      id: shortId(image.id),
      tags: image.tags,
      digests: image.digests,
      sizeBytes: image.size,
      platform: `${image.os}/${image.architecture}`,
      created: image.created,
      user: image.config.user ?? '',
      entrypoint: image.config.entrypoint?.map(maskSecretsInText),
      cmd: image.config.cmd?.map(maskSecretsInText),
      workdir: image.config.workingDir,
      exposedPorts: image.config.exposedPorts,
      healthcheck: image.config.healthcheck?.test.map(maskSecretsInText),
      env: image.config.env.map(maskEnvEntry),
      labels: fenceLabels(`labels of ${input.image}`, image.config.labels),
      layers: image.layers.length,
      history: history?.slice(-HISTORY_LIMIT).map((h) => ({
        createdBy: historyStepText(h.createdBy).slice(0, 300),
        sizeBytes: h.size,
      })),
      historyTruncated: history ? history.length > HISTORY_LIMIT : undefined,
    };
  },
  summary: (out) =>
    `${out.tags[0] ?? out.id}: ${formatMegabytes(out.sizeBytes)}, ${out.layers} layers, runs as ${out.user || 'root'}, ` +
    `${out.healthcheck ? 'has a healthcheck' : 'no healthcheck'}.`,
});

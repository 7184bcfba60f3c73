import { z } from 'zod';
import { recordBuiltImage } from '../../src/build/record-pattern.js';
import { runBuild } from '../../src/build/run.js';
import { ownLabels, shortId } from '../../src/containers/format.js';
import { ToolError } from '../../src/errors.js';
import { statusField } from '../../src/toolkit/schemas/pattern.js';
import { defineTool } from '../../src/toolkit/tool.js';
import { formatMegabytes } from '../../src/units.js';

const MAX_WARNINGS = 20;

export default defineTool({
  name: 'image_build',
  toolset: 'image',
  kind: 'write',
  title: 'Build an image',
  description:
    'Build an image with BuildKit, with progress; a failure returns the failing step and its output.',
  input: z.object({
    dir: z.string().default('.').describe('Build context.'),
    file: z.string().optional().describe('Default: dir/Dockerfile.'),
    tags: z
      .array(z.string().regex(/^[^-\s][^\s]*$/, 'an image reference'))
      .max(20)
      .default([]),
    target: z.string().optional(),
    buildArgs: z
      .record(z.string(), z.string())
      .optional()
      .describe('Not for secrets (kept in image history).'),
    labels: z.record(z.string(), z.string()).optional(),
    noCache: z.boolean().default(false),
    pull: z.boolean().default(false),
    cacheFrom: z.array(z.string()).max(10).optional(),
    platform: z.string().optional(),
    network: z.enum(['default', 'none', 'host']).default('default'),
    secrets: z
      .array(
        z.object({
          id: z.string().describe('As in RUN --mount=type=secret,id=...'),
          file: z.string().optional(),
          env: z.string().optional().describe('Server env var.'),
        }),
      )
      .max(20)
      .optional()
      .describe('Each from exactly one of file or env.'),
    builder: z
      .enum(['auto', 'buildkit', 'classic'])
      .default('auto')
      .describe('auto: BuildKit unless the engine lacks it.'),
  }),
  output: z.object({
    imageId: z.string(),
    tags: z.array(z.string()),
    sizeBytes: z.number(),
    durationMs: z.number(),
    steps: z.object({ total: z.number(), cached: z.number() }),
    warnings: z.array(z.string()),
    warningsTruncated: z.boolean(),
    builder: z.enum(['buildkit', 'classic']),
    dockerfile: z.string().describe('Workspace-relative path of the Dockerfile that was built.'),
    context: z.string(),
    contextFiles: z.number(),
    contextBytes: z.number(),
    engineVersion: z.string(),
    pattern: z.object({
      recorded: z.boolean(),
      id: z.string().optional(),
      status: statusField.optional(),
      successfulBuilds: z.number().optional(),
      reason: z.string().optional(),
    }),
  }),
  async handle(ctx, input) {
    if (input.network === 'host' && !ctx.policy.allow.hostNamespaces) {
      throw new ToolError(
        'REFUSED',
        'Building with host networking is refused by this server.',
        'Use the default network, or start dockwright with --allow-host-namespaces.',
      );
    }
    const result = await runBuild(
      ctx.engine,
      ctx.workspace,
      {
        context: input.dir,
        dockerfile: input.file,
        tags: input.tags,
        target: input.target,
        buildArgs: input.buildArgs,
        labels: ownLabels(input.labels),
        noCache: input.noCache,
        pull: input.pull,
        cacheFrom: input.cacheFrom,
        platform: input.platform,
        networkMode: input.network === 'default' ? undefined : input.network,
        secrets: input.secrets,
        allowEnv: ctx.policy.allowEnv,
        builder: input.builder,
      },
      {
        signal: ctx.signal,
        onProgress: (update) => ctx.progress(update.progress, update.total, update.step),
      },
    );
    ctx.measured.record({
      imageId: result.imageId,
      buildDurationMs: result.durationMs,
      sizeBytes: result.sizeBytes,
      measuredBy: 'image_build',
    });
    const pattern = await recordBuiltImage(ctx, result, input.target);
    return {
      ...result,
      pattern,
      warnings: result.warnings.slice(0, MAX_WARNINGS),
      warningsTruncated: result.warnings.length > MAX_WARNINGS,
      dockerfile: ctx.workspace.display(result.dockerfile),
      context: ctx.workspace.display(result.context),
    };
  },
  summary: (out) =>
    `Built ${out.tags.join(', ') || shortId(out.imageId)} (${shortId(out.imageId)}, ${formatMegabytes(out.sizeBytes)}) ` +
    `in ${(out.durationMs / 1000).toFixed(1)} s: ${out.steps.total} steps, ${out.steps.cached} cached` +
    `${out.warnings.length ? `, ${out.warnings.length} warnings` : ''}.` +
    (out.pattern.recorded
      ? ` Recorded as ${out.pattern.status} pattern ${out.pattern.id} (${out.pattern.successfulBuilds} builds)` +
        (out.pattern.status === 'proven' ? '.' : '; proven once it runs and passes its checks.')
      : ''),
});

import { z } from 'zod';
import { recordProvenBuild } from '../../src/build/record-pattern.js';
import { runBuild } from '../../src/build/run.js';
import { ownLabels, shortId } from '../../src/containers/format.js';
import { ToolError } from '../../src/errors.js';
import { defineTool } from '../../src/tool.js';

const MAX_WARNINGS = 20;

export default defineTool({
  name: 'image_build',
  toolset: 'image',
  kind: 'write',
  title: 'Build an image',
  description:
    'Build an image from a workspace folder with BuildKit (multi-stage, cache mounts, build secrets), sending ' +
    'progress notifications per step; cancel the call to stop the build. The context honours .dockerignore as ' +
    'Docker does. Secrets come by id from a workspace file or an environment variable of the server and never ' +
    'appear in results or progress. Returns the image id, tags, size, duration, steps (total and cached) and ' +
    'warnings; a failed build returns the failing step, its exit code, its last output lines and a hint. A ' +
    'Dockerfile that built and lints without errors is recorded in the pattern memory (see pattern_search).',
  input: z.object({
    context: z.string().default('.').describe('Build context folder, inside the workspace.'),
    dockerfile: z
      .string()
      .optional()
      .describe('Dockerfile path in the workspace; default: Dockerfile in the context.'),
    tags: z
      .array(z.string().regex(/^[^-\s][^\s]*$/, 'an image reference'))
      .max(20)
      .default([])
      .describe('Tags to apply, e.g. ["app:1.2", "app:latest"].'),
    target: z.string().optional().describe('Stage to build in a multi-stage Dockerfile.'),
    buildArgs: z
      .record(z.string(), z.string())
      .optional()
      .describe('Build arguments (ARG values). Not for secrets: they stay in the image history.'),
    labels: z.record(z.string(), z.string()).optional().describe('Labels for the image.'),
    noCache: z.boolean().default(false).describe('Ignore the build cache.'),
    pull: z.boolean().default(false).describe('Always try to pull newer base images.'),
    cacheFrom: z.array(z.string()).max(10).optional().describe('Images to use as cache sources.'),
    platform: z.string().optional().describe('Target platform, e.g. linux/amd64.'),
    network: z
      .enum(['default', 'none', 'host'])
      .default('default')
      .describe('Network for RUN steps; "host" needs --allow-host-namespaces.'),
    secrets: z
      .array(
        z.object({
          id: z.string().describe('The id used in RUN --mount=type=secret,id=...'),
          file: z.string().optional().describe('Workspace file holding the value.'),
          env: z
            .string()
            .optional()
            .describe('Environment variable of the dockwright server holding the value.'),
        }),
      )
      .max(20)
      .optional()
      .describe('Build secrets, each from exactly one of file or env.'),
    builder: z
      .enum(['auto', 'buildkit', 'classic'])
      .default('auto')
      .describe('auto: BuildKit, or the classic builder only when the engine has no BuildKit.'),
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
        context: input.context,
        dockerfile: input.dockerfile,
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
        builder: input.builder,
      },
      {
        signal: ctx.signal,
        onProgress: (update) => ctx.progress(update.progress, update.total, update.step),
      },
    );
    const pattern = await recordProvenBuild(ctx, result);
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
    `Built ${out.tags.join(', ') || shortId(out.imageId)} (${shortId(out.imageId)}, ${(out.sizeBytes / 1e6).toFixed(1)} MB) ` +
    `in ${(out.durationMs / 1000).toFixed(1)} s: ${out.steps.total} steps, ${out.steps.cached} cached` +
    `${out.warnings.length ? `, ${out.warnings.length} warnings` : ''}.` +
    (out.pattern.recorded
      ? ` Recorded as proven pattern ${out.pattern.id} (${out.pattern.successfulBuilds} builds).`
      : ''),
});

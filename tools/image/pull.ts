import { z } from 'zod';
import { shortId } from '../../src/containers/format.js';
import { layerProgress } from '../../src/registry/progress.js';
import { parseReference } from '../../src/registry/reference.js';
import { authInput, resolveAuth } from '../../src/toolkit/schemas/registry.js';
import { defineTool } from '../../src/toolkit/tool.js';
import { formatMegabytes } from '../../src/units.js';

export default defineTool({
  name: 'image_pull',
  toolset: 'image',
  kind: 'write',
  openWorld: true,
  title: 'Pull an image',
  description: 'Pull an image from its registry, with progress.',
  input: z.object({
    image: z.string(),
    platform: z.string().optional(),
    auth: authInput,
  }),
  output: z.object({
    image: z.string(),
    digest: z.string().optional(),
    id: z.string(),
    sizeBytes: z.number(),
  }),
  async handle(ctx, input) {
    const ref = parseReference(input.image);
    const auth = await resolveAuth(input.auth, ref.domain);
    const progress = layerProgress(ctx.progress);
    await ctx.engine.pullImage(
      input.image,
      { auth, platform: input.platform, onEvent: progress.onEvent },
      ctx.signal,
    );
    const image = await ctx.engine.inspectImage(input.image);
    const repoDigest = image.digests.find((d) => d.startsWith(`${input.image.replace(/[:@].*$/, '')}@`));
    return {
      image: input.image,
      digest: progress.digest ?? repoDigest?.split('@')[1],
      id: shortId(image.id),
      sizeBytes: image.size,
    };
  },
  summary: (out) =>
    `Pulled ${out.image}${out.digest ? ` (${out.digest})` : ''}: ${formatMegabytes(out.sizeBytes)}.`,
});

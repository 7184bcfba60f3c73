import { z } from 'zod';
import { layerProgress } from '../../src/registry/progress.js';
import { parseReference } from '../../src/registry/reference.js';
import { authInput, resolveAuth } from '../../src/toolkit/schemas/registry.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'image_push',
  toolset: 'image',
  kind: 'write',
  openWorld: true,
  title: 'Push an image',
  description:
    'Push a local image to its registry, with progress. Tag it for the registry first (image_tag).',
  input: z.object({
    image: z.string(),
    auth: authInput,
  }),
  output: z.object({ image: z.string(), digest: z.string().optional() }),
  async handle(ctx, input) {
    const ref = parseReference(input.image);
    await ctx.engine.inspectImage(input.image);
    const auth = await resolveAuth(input.auth, ref.domain);
    const progress = layerProgress(ctx.progress);
    const result = await ctx.engine.pushImage(input.image, { auth, onEvent: progress.onEvent }, ctx.signal);
    return { image: input.image, digest: result.digest ?? progress.digest };
  },
  summary: (out) => `Pushed ${out.image}${out.digest ? ` (${out.digest})` : ''}.`,
});

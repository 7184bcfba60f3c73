import { z } from 'zod';
import { shortId } from '../../src/containers/format.js';
import { isCreatedByDockwright } from '../../src/containers/ownership.js';
import { isToolError } from '../../src/errors.js';
import { parseReference } from '../../src/registry/reference.js';
import { imageRef } from '../../src/toolkit/schemas/refs.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'image_tag',
  toolset: 'image',
  kind: 'write',
  mayConfirm: true,
  title: 'Tag an image',
  description: 'Give an existing image another name (e.g. before image_push).',
  input: z.object({
    image: imageRef,
    target: imageRef.describe('repository[:tag]'),
  }),
  output: z.object({ image: z.string(), tagged: z.string() }),
  async handle(ctx, input) {
    parseReference(input.target);
    const colon = input.target.lastIndexOf(':');
    const hasTag = colon > input.target.lastIndexOf('/');
    const repo = hasTag ? input.target.slice(0, colon) : input.target;
    const tag = hasTag ? input.target.slice(colon + 1) : 'latest';
    const [source, current] = await Promise.all([
      ctx.engine.inspectImage(input.image),
      ctx.engine.inspectImage(`${repo}:${tag}`).catch((error) => {
        if (isToolError(error) && error.code === 'NOT_FOUND') return undefined;
        throw error;
      }),
    ]);
    // Security: a tag that already names another image is moved only with the user's consent,
    // unless dockwright built the image it names now.
    if (current && current.id !== source.id && !isCreatedByDockwright(current.config.labels)) {
      await ctx.confirm(
        `Move the tag "${repo}:${tag}" from image ${shortId(current.id)} (not built by dockwright) to ${input.image}`,
      );
    }
    await ctx.engine.tagImage(input.image, repo, tag);
    return { image: input.image, tagged: `${repo}:${tag}` };
  },
  summary: (out) => `Tagged ${out.image} as ${out.tagged}.`,
});

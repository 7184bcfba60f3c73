import { z } from 'zod';
import { getManifest } from '../../src/registry/client.js';
import { parseReference } from '../../src/registry/reference.js';
import { authInput, resolveAuth } from '../../src/toolkit/schemas/registry.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'registry_manifest',
  toolset: 'registry',
  kind: 'read',
  openWorld: true,
  title: 'Read an image manifest',
  description: 'Read an image’s manifest (digest, platforms, layers) from its registry without pulling.',
  input: z.object({ image: z.string(), auth: authInput }),
  output: z.object({
    image: z.string(),
    digest: z.string().optional(),
    mediaType: z.string(),
    platforms: z.array(z.string()).optional(),
    layers: z.number().int().optional(),
    compressedSizeBytes: z.number().optional(),
  }),
  async handle(ctx, input) {
    const ref = parseReference(input.image);
    const m = await getManifest(ref, await resolveAuth(input.auth, ref.domain), ctx.signal);
    return {
      image: input.image,
      digest: m.digest,
      mediaType: m.mediaType,
      platforms: m.platforms,
      layers: m.layers,
      compressedSizeBytes: m.size,
    };
  },
  summary: (out) =>
    `${out.image}: ${out.digest ?? 'no digest'}, ${out.platforms ? `platforms ${out.platforms.join(', ')}` : `${out.layers} layers`}.`,
});

import { existsSync } from 'node:fs';
import { z } from 'zod';
import { imageSbom } from '../../src/scan/image-sbom.js';
import type { Ecosystem } from '../../src/scan/model.js';
import { imageRef } from '../../src/toolkit/schemas/refs.js';
import { defineTool } from '../../src/toolkit/tool.js';
import { writeWorkspaceFile } from '../../src/workspace.js';

export default defineTool({
  name: 'image_sbom',
  toolset: 'image',
  kind: 'write',
  mayConfirm: true,
  title: 'Make an SBOM of an image',
  description: 'CycloneDX 1.5 SBOM of a local image (offline); written to outputFile or returned inline.',
  input: z.object({
    image: imageRef,
    outputFile: z.string().optional().describe('e.g. "sbom.cdx.json".'),
    overwrite: z.boolean().default(false).describe('Replace an existing outputFile (asks first).'),
    limit: z.number().int().min(1).max(5000).default(300),
  }),
  output: z.object({
    image: z.string(),
    imageId: z.string(),
    engine: z.string(),
    os: z.string().optional(),
    components: z.number().int(),
    byEcosystem: z.record(z.string(), z.number().int()),
    writtenTo: z.string().optional(),
    sbom: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('The CycloneDX document, when returned inline.'),
    truncated: z.boolean().describe('True when the SBOM was too large to return inline; pass outputFile.'),
  }),
  async handle(ctx, input) {
    ctx.progress(1, 3, `Reading the layers of ${input.image}`);
    const { imageId, os, packages, sbom } = await imageSbom(ctx.engine, input.image, {
      signal: ctx.signal,
      onLayersRead: (count) => ctx.progress(2, 3, `Found ${count} packages`),
    });
    const byEcosystem: Partial<Record<Ecosystem, number>> = {};
    for (const pkg of packages) byEcosystem[pkg.ecosystem] = (byEcosystem[pkg.ecosystem] ?? 0) + 1;
    let writtenTo: string | undefined;
    if (input.outputFile) {
      const target = ctx.workspace.resolve(input.outputFile, 'write the SBOM to');
      if (input.overwrite && existsSync(target))
        await ctx.confirm(`Overwrite ${ctx.workspace.display(target)}`);
      const written = await writeWorkspaceFile(
        ctx.workspace,
        input.outputFile,
        `${JSON.stringify(sbom, null, 2)}\n`,
        { purpose: 'write the SBOM to', overwrite: input.overwrite },
      );
      writtenTo = ctx.workspace.display(written.path);
    }
    const inline = !writtenTo && packages.length <= input.limit;
    return {
      image: input.image,
      imageId,
      engine: 'dockwright built-in inventory (no vulnerability data needed)',
      os: os ? `${os.family} ${os.version ?? ''}`.trim() : undefined,
      components: packages.length,
      byEcosystem,
      writtenTo,
      sbom: inline ? (sbom as Record<string, unknown>) : undefined,
      truncated: !writtenTo && !inline,
    };
  },
  summary: (out) =>
    `CycloneDX 1.5 SBOM of ${out.image} (${out.os ?? 'unknown OS'}): ${out.components} component(s) ` +
    `${JSON.stringify(out.byEcosystem)}.${out.writtenTo ? ` Written to ${out.writtenTo}.` : ''}` +
    `${out.truncated ? ' Too large to return inline: pass outputFile.' : ''}`,
});

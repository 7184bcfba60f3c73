import { z } from 'zod';
import { scanImage } from '../../src/scan/scan-image.js';
import { imageRef } from '../../src/toolkit/schemas/refs.js';
import { scanInputFields, scanOutput, scanSummaryText } from '../../src/toolkit/schemas/scan.js';
import { scanOptionsFrom, viewWithPolicy } from '../../src/toolkit/schemas/scan-options.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'scan_image',
  toolset: 'scan',
  kind: 'read',
  title: 'Scan an image for vulnerabilities and secrets',
  description:
    'Scan a local image for vulnerabilities, secrets (masked), misconfigs, licenses (Trivy or built-in).',
  input: z.object({
    image: imageRef,
    scanners: z
      .array(z.enum(['vuln', 'secret', 'misconfig', 'license']))
      .min(1)
      .default(['vuln', 'secret']),
    ...scanInputFields,
  }),
  output: scanOutput,
  async handle(ctx, input) {
    await ctx.engine.inspectImage(input.image);
    const result = await scanImage(ctx.engine, input.image, scanOptionsFrom(ctx, input));
    return viewWithPolicy(result, input);
  },
  summary: scanSummaryText,
});

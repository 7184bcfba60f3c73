import { z } from 'zod';
import { scanInputFields, scanOutput, scanSummaryText } from '../../src/scan/report-view.js';
import { scanImage } from '../../src/scan/scan-image.js';
import { scanOptionsFrom, viewWithPolicy } from '../../src/scan/tool-support.js';
import { defineTool } from '../../src/tool.js';

export default defineTool({
  name: 'scan_image',
  toolset: 'scan',
  kind: 'read',
  title: 'Scan an image for vulnerabilities and secrets',
  description:
    'Scan a local image: vulnerabilities, secrets (in every layer, including files deleted later), and optionally ' +
    'misconfigurations and licenses. Uses Trivy when installed, else the built-in scanner (inventory from the ' +
    "image's own package databases, secret rules, and OSV data from osvDir or DOCKWRIGHT_OSV_DIR). Returns " +
    'counts by severity, the top findings with fixed versions, a policy verdict, and which engine and data were ' +
    'used. vulnerabilityStatus "unavailable" means vulnerabilities were NOT checked. Secret values are masked.',
  input: z.object({
    image: z.string().regex(/^[^-]/, 'must not start with "-"').describe('Image reference, e.g. "app:1.2".'),
    scanners: z
      .array(z.enum(['vuln', 'secret', 'misconfig', 'license']))
      .min(1)
      .default(['vuln', 'secret'])
      .describe('What to look for.'),
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

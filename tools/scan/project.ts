import { z } from 'zod';
import { scanProject } from '../../src/scan/scan-project.js';
import { scanInputFields, scanOutput, scanSummaryText } from '../../src/toolkit/schemas/scan.js';
import { scanOptionsFrom, viewWithPolicy } from '../../src/toolkit/schemas/scan-options.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'scan_project',
  toolset: 'scan',
  kind: 'read',
  title: 'Scan a project folder',
  description:
    'Scan a folder (no image needed) for vulnerable dependencies, secrets and misconfigurations; policy verdict.',
  input: z.object({
    dir: z.string().default('.'),
    scanners: z
      .array(z.enum(['vuln', 'secret', 'misconfig', 'license']))
      .min(1)
      .default(['vuln', 'secret', 'misconfig']),
    ...scanInputFields,
  }),
  output: scanOutput,
  async handle(ctx, input) {
    const dir = ctx.workspace.resolve(input.dir, 'scan');
    const result = await scanProject(
      ctx.engine,
      dir,
      ctx.workspace.display(dir),
      scanOptionsFrom(ctx, input),
    );
    return viewWithPolicy(result, input);
  },
  summary: scanSummaryText,
});

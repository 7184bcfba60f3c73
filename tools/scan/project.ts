import { z } from 'zod';
import { scanInputFields, scanOutput, scanSummaryText } from '../../src/scan/report-view.js';
import { scanProject } from '../../src/scan/scan-project.js';
import { scanOptionsFrom, viewWithPolicy } from '../../src/scan/tool-support.js';
import { defineTool } from '../../src/tool.js';

export default defineTool({
  name: 'scan_project',
  toolset: 'scan',
  kind: 'read',
  title: 'Scan a project folder',
  description:
    'Scan a project directory in the workspace for vulnerable dependencies (lockfiles, installed packages), ' +
    'secrets in its files, and misconfigurations (Dockerfiles, Kubernetes, Terraform; needs Trivy). Uses Trivy ' +
    'when installed, else the built-in scanner with OSV data. Returns counts, top findings, a policy verdict and ' +
    'the engine used; vulnerabilityStatus "unavailable" means vulnerabilities were NOT checked.',
  input: z.object({
    path: z.string().default('.').describe('Project folder, relative to the workspace root.'),
    scanners: z
      .array(z.enum(['vuln', 'secret', 'misconfig', 'license']))
      .min(1)
      .default(['vuln', 'secret', 'misconfig'])
      .describe('What to look for.'),
    ...scanInputFields,
  }),
  output: scanOutput,
  async handle(ctx, input) {
    const dir = ctx.workspace.resolve(input.path, 'scan');
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

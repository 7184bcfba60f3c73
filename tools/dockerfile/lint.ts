import { z } from 'zod';
import { failsThreshold, lintText } from '../../src/dockerfile/lint/lint-text.js';
import { describeCounts, findingsReport, reportFindings } from '../../src/toolkit/schemas/lint.js';
import { readLintSource } from '../../src/toolkit/schemas/lint-source.js';
import { defineTool } from '../../src/toolkit/tool.js';

export default defineTool({
  name: 'dockerfile_lint',
  toolset: 'dockerfile',
  kind: 'read',
  title: 'Lint a Dockerfile',
  description:
    'Lint a Dockerfile (file or content): hadolint (DL), security (DW), ShellCheck (SC) rules; reads .hadolint.yaml.',
  input: z.object({
    file: z.string().optional(),
    content: z.string().optional().describe('Instead of file: the text.'),
    ignore: z.array(z.string()).default([]).describe('Rule codes, e.g. ["DL3008"].'),
    shellcheck: z.boolean().default(true),
    maxFindings: z.number().int().min(1).max(500).default(100),
  }),
  output: findingsReport.extend({
    file: z.string().optional(),
    passes: z.boolean().describe('No finding at or above the failure threshold (default: info).'),
    fixable: z.number().int().describe('How many findings dockerfile_fix can fix.'),
    notes: z.array(z.string()),
  }),
  async handle(ctx, input) {
    const { text, config } = await readLintSource(ctx.workspace, input, 'lint');
    const { findings, notes } = await lintText(text, {
      config,
      shellcheck: input.shellcheck,
      signal: ctx.signal,
    });
    return {
      file: input.file,
      passes: !failsThreshold(findings, config),
      fixable: findings.filter((f) => f.fixable).length,
      ...reportFindings(findings, input.maxFindings),
      notes,
    };
  },
  summary: (out) => {
    const fixable = out.fixable ? ` ${out.fixable} can be fixed with dockerfile_fix.` : '';
    const notes = out.notes.length ? ` ${out.notes.join(' ')}` : '';
    return `${out.file ?? 'Dockerfile'}: ${describeCounts(out.counts)}${fixable}${notes}`;
  },
});

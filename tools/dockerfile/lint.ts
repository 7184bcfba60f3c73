import { z } from 'zod';
import { describeCounts, findingsReport, reportFindings } from '../../src/dockerfile/lint/findings-report.js';
import { failsThreshold, lintText } from '../../src/dockerfile/lint/lint-text.js';
import { readLintSource } from '../../src/dockerfile/lint/tool-input.js';
import { defineTool } from '../../src/tool.js';

export default defineTool({
  name: 'dockerfile_lint',
  toolset: 'dockerfile',
  kind: 'read',
  title: 'Lint a Dockerfile',
  description:
    'Checks a Dockerfile with every hadolint rule (DL codes, same severities), dockwright security rules (DW codes: ' +
    'root user, secrets, curl|sh, credential files, ...) and ShellCheck (SC) on RUN scripts. Give a workspace `path` ' +
    'or inline `content`; nothing is changed. Honours .hadolint.yaml and `# hadolint ignore=` pragmas. Findings come ' +
    'grouped by severity; those marked fixable can be fixed with dockerfile_fix. For why a rule matters and how to ' +
    'fix it, read dockwright://rules/{code} or call dockerfile_rule.',
  input: z.object({
    path: z.string().optional().describe('Dockerfile path inside the workspace. Give this or content.'),
    content: z.string().optional().describe('Dockerfile text to lint instead of a file.'),
    ignore: z.array(z.string()).default([]).describe('Rule codes to ignore, e.g. ["DL3008"].'),
    shellcheck: z.boolean().default(true).describe('Run ShellCheck on RUN scripts when it is installed.'),
    maxFindings: z.number().int().min(1).max(500).default(100).describe('Most findings to return.'),
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
      file: input.path,
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

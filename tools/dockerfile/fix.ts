import { z } from 'zod';
import { fixDockerfileText } from '../../src/dockerfile/lint/fixes.js';
import { failsThreshold, lintText } from '../../src/dockerfile/lint/lint-text.js';
import { unifiedDiff } from '../../src/dockerfile/lint/unified-diff.js';
import { initShellParser } from '../../src/dockerfile/shell/parser.js';
import { describeCounts, findingsReport, reportFindings } from '../../src/toolkit/schemas/lint.js';
import { readLintSource } from '../../src/toolkit/schemas/lint-source.js';
import { defineTool } from '../../src/toolkit/tool.js';
import { writeWorkspaceFile } from '../../src/workspace.js';

const MAX_DIFF_CHARS = 20_000;

export default defineTool({
  name: 'dockerfile_fix',
  toolset: 'dockerfile',
  kind: 'write',
  title: 'Apply safe fixes to a Dockerfile',
  description:
    "Apply dockerfile_lint's safe autofixes and lint again; a file is rewritten, inline content returned.",
  input: z.object({
    file: z.string().optional().describe('Rewritten in place. Or give content.'),
    content: z.string().optional().describe('Returned fixed; nothing written.'),
    ignore: z.array(z.string()).default([]).describe('Rule codes to neither fix nor report.'),
    shellcheck: z.boolean().default(true),
    maxFindings: z.number().int().min(1).max(500).default(100),
  }),
  output: z.object({
    file: z.string().optional(),
    changed: z.boolean().describe('Whether any fix changed the text.'),
    written: z.boolean().describe('Whether the file was rewritten.'),
    applied: z
      .array(z.object({ code: z.string(), line: z.number().int(), description: z.string() }))
      .describe('The fixes applied; line numbers are those of the text each fix pass saw.'),
    diff: z.string().describe('Unified diff from the original to the fixed text; empty when unchanged.'),
    diffTruncated: z.boolean(),
    fixedContent: z.string().optional().describe('The fixed text, for inline content.'),
    remaining: findingsReport.extend({
      passes: z.boolean().describe('No remaining finding at or above the failure threshold (default: info).'),
    }),
    notes: z.array(z.string()),
  }),
  async handle(ctx, input) {
    // Security: readLintSource resolves the path through ctx.workspace, so the file written
    // below is the symlink-resolved path inside a workspace root.
    const { file, text, config } = await readLintSource(ctx.workspace, input, 'fix');
    await initShellParser();
    const result = await fixDockerfileText(text, { config, signal: ctx.signal });
    const changed = result.text !== text;
    if (file && changed) await writeWorkspaceFile(ctx.workspace, file, result.text, { overwrite: true });
    const { findings, notes } = await lintText(result.text, {
      config,
      shellcheck: input.shellcheck,
      signal: ctx.signal,
    });
    const diff = unifiedDiff(text, result.text, input.file ?? 'Dockerfile');
    return {
      file: input.file,
      changed,
      written: Boolean(file && changed),
      applied: result.fixed,
      diff: diff.slice(0, MAX_DIFF_CHARS),
      diffTruncated: diff.length > MAX_DIFF_CHARS,
      fixedContent: file ? undefined : result.text,
      remaining: {
        passes: !failsThreshold(findings, config),
        ...reportFindings(findings, input.maxFindings),
      },
      notes,
    };
  },
  summary: (out) => {
    const target = out.file ?? 'Dockerfile';
    const what = out.changed
      ? `applied ${out.applied.length} fix(es)${out.written ? ` and rewrote ${target}` : ''}`
      : 'nothing to fix';
    return `${target}: ${what}. Remaining: ${describeCounts(out.remaining.counts)}${out.diff ? `\n${out.diff}` : ''}`;
  },
});

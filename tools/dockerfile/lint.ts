import path from 'node:path';
import { z } from 'zod';
import { defaultLintConfig, type LintConfig, loadLintConfig } from '../../src/dockerfile/lint/config.js';
import { fixDockerfile } from '../../src/dockerfile/lint/fixes.js';
import { failsThreshold, lintText } from '../../src/dockerfile/lint/lint-text.js';
import { readDockerfile } from '../../src/dockerfile/lint/read-dockerfile.js';
import { type Finding, SEVERITY_ORDER } from '../../src/dockerfile/lint/types.js';
import { initShellParser } from '../../src/dockerfile/shell/parser.js';
import { ToolError } from '../../src/errors.js';
import { defineTool } from '../../src/tool.js';

const finding = z.object({
  code: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  endLine: z.number().int(),
  message: z.string(),
  fixable: z.boolean(),
  docs: z.string().describe('MCP resource with the rule documentation.'),
});

function toOutput(f: Finding) {
  return {
    code: f.code,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    message: f.message,
    fixable: f.fixable,
    docs: `dockwright://rules/${f.code}`,
  };
}

async function configFor(dir: string): Promise<LintConfig> {
  return (await loadLintConfig(dir)) ?? defaultLintConfig();
}

export default defineTool({
  name: 'dockerfile_lint',
  toolset: 'dockerfile',
  kind: 'write',
  title: 'Lint a Dockerfile',
  description:
    'Checks a Dockerfile with every hadolint rule (DL codes, same severities), dockwright security rules (DW codes: ' +
    'root user, secrets, curl|sh, credential files, ...) and ShellCheck (SC) on RUN scripts. Give a workspace `path` ' +
    'or inline `content`. Honours .hadolint.yaml and `# hadolint ignore=` pragmas. With `fix: true` applies safe ' +
    'fixes (written back to `path`, or returned as `fixedContent`). Findings come grouped by severity; read ' +
    'dockwright://rules/{code} for why a rule matters and how to fix it.',
  input: z.object({
    path: z.string().optional().describe('Dockerfile path inside the workspace. Give this or content.'),
    content: z.string().optional().describe('Dockerfile text to lint instead of a file.'),
    fix: z.boolean().default(false).describe('Apply safe autofixes; a path is rewritten in place.'),
    ignore: z.array(z.string()).default([]).describe('Rule codes to ignore, e.g. ["DL3008"].'),
    shellcheck: z.boolean().default(true).describe('Run ShellCheck on RUN scripts when it is installed.'),
    maxFindings: z.number().int().min(1).max(500).default(100).describe('Most findings to return.'),
  }),
  output: z.object({
    file: z.string().optional(),
    passes: z.boolean().describe('No finding at or above the failure threshold (default: info).'),
    counts: z.object({ error: z.number(), warning: z.number(), info: z.number(), style: z.number() }),
    findings: z.object({
      error: z.array(finding),
      warning: z.array(finding),
      info: z.array(finding),
      style: z.array(finding),
    }),
    truncated: z.boolean().describe('True when more findings exist than maxFindings.'),
    fixed: z.array(z.object({ code: z.string(), line: z.number().int() })).optional(),
    fixedContent: z.string().optional().describe('The fixed text, for inline content with fix: true.'),
    notes: z.array(z.string()),
  }),
  async handle(ctx, input) {
    if ((input.path === undefined) === (input.content === undefined)) {
      throw new ToolError(
        'INVALID_ARGUMENT',
        'Give exactly one of path or content.',
        'Pass path: "Dockerfile" or content: "FROM ...".',
      );
    }
    await initShellParser();
    const file = input.path !== undefined ? ctx.workspace.resolve(input.path, 'lint') : undefined;
    const config = await configFor(file ? path.dirname(file) : ctx.workspace.primary);
    config.ignored = [...config.ignored, ...input.ignore];
    let text = file ? await readDockerfile(file) : (input.content ?? '');
    let fixed: { code: string; line: number }[] | undefined;
    let fixedContent: string | undefined;
    if (input.fix) {
      const result = fixDockerfile(text, { config });
      fixed = result.fixed;
      if (file && result.text !== text) {
        const { writeFile } = await import('node:fs/promises');
        await writeFile(file, result.text);
      } else if (!file) fixedContent = result.text;
      text = result.text;
    }
    const { findings, notes } = await lintText(text, {
      config,
      shellcheck: input.shellcheck,
      signal: ctx.signal,
    });
    const kept = [...findings]
      .sort(
        (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.line - b.line,
      )
      .slice(0, input.maxFindings);
    const bySeverity = (s: Finding['severity']) => kept.filter((f) => f.severity === s).map(toOutput);
    const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
    return {
      file: input.path,
      passes: !failsThreshold(findings, config),
      counts: {
        error: count('error'),
        warning: count('warning'),
        info: count('info'),
        style: count('style'),
      },
      findings: {
        error: bySeverity('error'),
        warning: bySeverity('warning'),
        info: bySeverity('info'),
        style: bySeverity('style'),
      },
      truncated: findings.length > kept.length,
      fixed,
      fixedContent,
      notes,
    };
  },
  summary: (out) => {
    const { error, warning, info, style } = out.counts;
    const total = error + warning + info + style;
    const head =
      total === 0
        ? 'No findings.'
        : `${error} error(s), ${warning} warning(s), ${info} info, ${style} style.`;
    const fixed = out.fixed ? ` Fixed ${out.fixed.length} finding(s).` : '';
    return `${out.file ?? 'Dockerfile'}: ${head}${fixed}${out.notes.length ? ` ${out.notes.join(' ')}` : ''}`;
  },
});

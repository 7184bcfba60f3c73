import { z } from 'zod';
import { closeCodes } from '../../src/dockerfile/lint/close-codes.js';
import { ToolError } from '../../src/errors.js';
import { allLintRuleCodes, findLintRuleDoc } from '../../src/toolkit/rule-docs.js';
import { defineTool } from '../../src/toolkit/tool.js';

function unknownRule(code: string): ToolError {
  if (/^SC\d{4}$/i.test(code)) {
    return new ToolError(
      'NOT_FOUND',
      `${code.toUpperCase()} is a ShellCheck rule, documented by ShellCheck rather than dockwright.`,
      `Read https://www.shellcheck.net/wiki/${code.toUpperCase()}.`,
    );
  }
  const close = closeCodes(code, allLintRuleCodes());
  return new ToolError(
    'NOT_FOUND',
    `No lint rule "${code}".`,
    close.length > 0
      ? `Did you mean ${close.join(', ')}?`
      : 'Codes are DL (hadolint) or DW (dockwright security) and four digits, or DC (Compose) and three; dockerfile_lint and compose_validate findings name them.',
  );
}

export default defineTool({
  name: 'dockerfile_rule',
  toolset: 'dockerfile',
  kind: 'read',
  title: 'Explain a Dockerfile or Compose lint rule',
  description:
    'Why one lint rule (e.g. DL3008, DC004) matters and how to fix it; as resource dockwright://rules/{code}.',
  input: z.object({
    code: z.string().min(1).max(40),
  }),
  output: z.object({
    code: z.string(),
    title: z.string(),
    severity: z
      .string()
      .describe('error, warning, info, style, or ignore (off unless enabled in .hadolint.yaml).'),
    markdown: z.string().describe('The full documentation as Markdown.'),
    resource: z.string().describe('The MCP resource with the same text.'),
  }),
  async handle(_ctx, input) {
    const code = input.code.trim().replace(/^dockwright:\/\/rules\//i, '');
    const doc = findLintRuleDoc(code);
    if (!doc) throw unknownRule(code);
    return { ...doc, resource: `dockwright://rules/${doc.code}` };
  },
  summary: (out) => out.markdown,
});

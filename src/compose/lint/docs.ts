import type { ComposeRule } from './rule.js';
import { composeRules } from './rules/index.js';

export interface ComposeRuleDoc {
  code: string;
  severity: string;
  title: string;
  markdown: string;
}

const BY_CODE = new Map(composeRules.map((rule) => [rule.code, rule]));

export function listComposeRuleCodes(): string[] {
  return composeRules.map((rule) => rule.code);
}

function markdownOf(rule: ComposeRule): string {
  return [
    `# ${rule.code}: ${rule.title}`,
    '',
    `Severity: ${rule.severity}`,
    '',
    '## Why it matters',
    '',
    rule.rationale,
    '',
    '## How to fix',
    '',
    rule.fix,
    '',
    '## Turning it off',
    '',
    `Pass \`ignore: ["${rule.code}"]\` to compose_validate, or add \`x-dockwright: { ignore: [${rule.code}] }\` at the top level of the compose file.`,
    '',
  ].join('\n');
}

/** The documentation of one Compose lint rule as Markdown (what `dockwright://rules/{code}` serves). */
export function getComposeRuleDoc(code: string): ComposeRuleDoc | undefined {
  const rule = BY_CODE.get(code.toUpperCase());
  if (!rule) return undefined;
  return { code: rule.code, severity: rule.severity, title: rule.title, markdown: markdownOf(rule) };
}
